using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Maturity.Internal;

/// <summary>What a path names, after following symbolic links.</summary>
internal enum FileKind
{
    /// <summary>Nothing there (or not reachable).</summary>
    Missing,

    /// <summary>A regular file: the only kind ever read.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A device, FIFO or socket: opening it may block forever and reading it may never end.</summary>
    Special,
}

/// <summary>The kind and identity of a file, read with <c>stat(2)</c> where the platform has it. .NET does not
/// tell a FIFO or <c>/dev/zero</c> from an empty file, and opening a FIFO blocks; this is checked before opening.
/// The identity (device and inode) tells two paths naming one file apart from two files, through any link.</summary>
internal readonly struct FileFacts
{
    private const int StatBufferBytes = 256;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    private FileFacts(FileKind kind, ulong device, ulong inode, bool hasIdentity)
    {
        Kind = kind;
        Device = device;
        Inode = inode;
        HasIdentity = hasIdentity;
    }

    public FileKind Kind { get; }

    private ulong Device { get; }

    private ulong Inode { get; }

    private bool HasIdentity { get; }

    /// <summary>The facts of <paramref name="path"/>, following links.</summary>
    public static FileFacts Of(string path)
    {
        if (Layout.Current is { } layout && TryStat(path, layout, out var facts))
        {
            return facts;
        }

        // No stat(2) here (Windows): devices are not files a user can name in a folder.
        return Directory.Exists(path) ? new FileFacts(FileKind.Directory, 0, 0, false)
            : File.Exists(path) ? new FileFacts(FileKind.Regular, 0, 0, false)
            : new FileFacts(FileKind.Missing, 0, 0, false);
    }

    /// <summary>True when both paths name the same file: same device and inode where known, else the same
    /// full path once links are resolved.</summary>
    public static bool SameFile(string a, string b)
    {
        var fa = Of(a);
        var fb = Of(b);
        if (fa.Kind == FileKind.Missing || fb.Kind == FileKind.Missing)
        {
            return string.Equals(Resolve(a), Resolve(b), PathComparison);
        }

        if (fa.HasIdentity && fb.HasIdentity)
        {
            return fa.Device == fb.Device && fa.Inode == fb.Inode;
        }

        return string.Equals(Resolve(a), Resolve(b), PathComparison);
    }

    private static StringComparison PathComparison =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
#if NET6_0_OR_GREATER
        try
        {
            if (new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                return Path.GetFullPath(target.FullName);
            }
        }
        catch (IOException)
        {
            // A broken or looping link: compare the path as written.
        }
#endif
        return full;
    }

    private static unsafe bool TryStat(string path, Layout layout, out FileFacts facts)
    {
        facts = default;
        var buffer = stackalloc byte[StatBufferBytes];
        int rc;
        try
        {
            // A NUL-terminated UTF-8 path, as the C library expects.
            var utf8 = new byte[System.Text.Encoding.UTF8.GetMaxByteCount(path.Length) + 1];
            System.Text.Encoding.UTF8.GetBytes(path, 0, path.Length, utf8, 0);
            fixed (byte* p = utf8)
            {
                rc = layout.Call(p, buffer);
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            Layout.Current = null;
            return false;
        }

        if (rc != 0)
        {
            facts = new FileFacts(FileKind.Missing, 0, 0, false);
            return true;
        }

        var mode = layout.ModeIs16Bits ? *(ushort*)(buffer + layout.ModeOffset) : *(uint*)(buffer + layout.ModeOffset);
        var kind = (mode & TypeMask) switch
        {
            RegularType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            _ => FileKind.Special,
        };
        var device = layout.DeviceIs32Bits ? *(uint*)buffer : *(ulong*)buffer;
        facts = new FileFacts(kind, device, *(ulong*)(buffer + layout.InodeOffset), true);
        return true;
    }

    /// <summary>Where <c>struct stat</c> keeps its fields on this platform (the C ABI, stable per platform).</summary>
    private sealed unsafe class Layout
    {
        private Layout(int modeOffset, bool modeIs16Bits, bool deviceIs32Bits, int inodeOffset, StatCall call)
        {
            ModeOffset = modeOffset;
            ModeIs16Bits = modeIs16Bits;
            DeviceIs32Bits = deviceIs32Bits;
            InodeOffset = inodeOffset;
            Call = call;
        }

        public delegate int StatCall(byte* path, byte* buffer);

        public static Layout? Current { get; set; } = Detect();

        public int ModeOffset { get; }

        public bool ModeIs16Bits { get; }

        public bool DeviceIs32Bits { get; }

        public int InodeOffset { get; }

        public StatCall Call { get; }

        private static Layout? Detect()
        {
            var arch = RuntimeInformation.ProcessArchitecture;
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
            {
                return arch switch
                {
                    Architecture.X64 => new Layout(24, false, false, 8, LinuxStat),
                    Architecture.Arm64 => new Layout(16, false, false, 8, LinuxStat),
                    _ => null,
                };
            }

            if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
            {
                return arch switch
                {
                    Architecture.Arm64 => new Layout(4, true, true, 8, MacStat),
                    Architecture.X64 => new Layout(4, true, true, 8, MacStat64),
                    _ => null,
                };
            }

            return null;
        }

        /// <summary>glibc before 2.33 exports only <c>__xstat</c>; musl and newer glibc export <c>stat</c>.</summary>
        private static int LinuxStat(byte* path, byte* buffer)
        {
            try
            {
                return stat(path, buffer);
            }
            catch (EntryPointNotFoundException)
            {
                return __xstat(RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 1 : 0, path, buffer);
            }
        }

        private static int MacStat(byte* path, byte* buffer) => stat(path, buffer);

        private static int MacStat64(byte* path, byte* buffer) => stat_inode64(path, buffer);

        [DllImport("libc", EntryPoint = "stat")]
        private static extern int stat(byte* path, byte* buffer);

        [DllImport("libc", EntryPoint = "__xstat")]
        private static extern int __xstat(int version, byte* path, byte* buffer);

        [DllImport("libc", EntryPoint = "stat$INODE64")]
        private static extern int stat_inode64(byte* path, byte* buffer);
    }
}
