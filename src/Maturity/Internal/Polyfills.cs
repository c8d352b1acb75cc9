#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    /// <summary>Lets init-only setters compile on netstandard2.0.</summary>
    internal static class IsExternalInit
    {
    }
}
#endif
