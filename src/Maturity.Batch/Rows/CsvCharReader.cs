using System;
using System.IO;

namespace Maturity.Batch.Rows;

/// <summary>The characters of a CSV input, one at a time, through a 64 KiB buffer: a leading BOM skipped, and text
/// given back (<see cref="Replay"/>) read again before the rest, which is how a row cut at an unclosed quote
/// restarts at the next line. Only <see cref="CsvRowSource"/> uses it.</summary>
internal sealed class CsvCharReader
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[1 << 16];
    private int _pos;
    private int _len;
    private string _replay = string.Empty;
    private int _replayPos;
    private bool _started;

    public CsvCharReader(TextReader reader)
    {
        _reader = reader;
    }

    /// <summary>Reads <paramref name="text"/> again before whatever was still to read.</summary>
    public void Replay(string text)
    {
        _replay = text + _replay.Substring(_replayPos);
        _replayPos = 0;
    }

    /// <summary>Counts ',' and ';' outside quotes in the first line (as far as the first buffer holds it).</summary>
    public char DetectSeparator()
    {
        Fill();
        int commas = 0, semicolons = 0;
        var inQuotes = false;
        var content = false;
        for (var i = _pos; i < _len; i++)
        {
            var c = _buffer[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && (c == '\n' || c == '\r'))
            {
                if (content)
                {
                    break;
                }
            }
            else if (!inQuotes && c == ',')
            {
                content = true;
                commas++;
            }
            else if (!inQuotes && c == ';')
            {
                content = true;
                semicolons++;
            }
            else
            {
                content = true;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    /// <summary>The characters ready to read without a copy (the replayed text first), filling the buffer when it is
    /// used up; empty at the end. <see cref="Advance"/> consumes them: the reader's fast path scans runs of ordinary
    /// characters at once.</summary>
    public ReadOnlySpan<char> Buffered()
    {
        if (_replayPos < _replay.Length)
        {
            return _replay.AsSpan(_replayPos);
        }

        return _pos < _len || Fill() ? _buffer.AsSpan(_pos, _len - _pos) : default;
    }

    /// <summary>Consumes <paramref name="count"/> characters of <see cref="Buffered"/>.</summary>
    public void Advance(int count)
    {
        if (_replayPos < _replay.Length)
        {
            _replayPos += count;
        }
        else
        {
            _pos += count;
        }
    }

    public int Peek()
    {
        if (_replayPos < _replay.Length)
        {
            return _replay[_replayPos];
        }

        if (_pos >= _len && !Fill())
        {
            return -1;
        }

        return _buffer[_pos];
    }

    public int Read()
    {
        if (_replayPos < _replay.Length)
        {
            return _replay[_replayPos++];
        }

        if (_pos >= _len && !Fill())
        {
            return -1;
        }

        return _buffer[_pos++];
    }

    private bool Fill()
    {
        if (_pos < _len)
        {
            return true;
        }

        _len = _reader.Read(_buffer, 0, _buffer.Length);
        _pos = 0;
        _started |= _len > 0 && _buffer[0] != '\uFEFF';
        if (_len > 0 && !_started && _buffer[0] == '\uFEFF')
        {
            _started = true;
            _pos = 1;
            return _len > 1 || Fill();
        }

        return _len > 0;
    }
}
