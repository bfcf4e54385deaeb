using System.Runtime.CompilerServices;
namespace BoneBalance.Cli.Csv;

/// <summary>
/// A streaming RFC 4180 CSV reader over UTF-8 bytes: comma-separated fields, optional double quotes with
/// <c>""</c> for a quote inside, quoted fields may hold commas and line breaks, records end with LF or CRLF,
/// a UTF-8 byte-order mark is skipped (a UTF-16 one is refused) and blank lines are skipped. Memory is bounded by the longest record,
/// not the file: fields are views into one reusable buffer, valid until the next <see cref="Read"/>.
/// </summary>
internal sealed class Utf8CsvReader : IDisposable
{
    /// <summary>The longest record read, in bytes (1 MiB): a longer one is a <see cref="CsvFormatException"/> naming its line.</summary>
    public const int MaxRecordBytes = 1 << 20;

    private const byte Quote = (byte)'"';
    private const byte Comma = (byte)',';
    private const byte LineFeed = (byte)'\n';
    private const byte CarriageReturn = (byte)'\r';

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private int[] _fieldStart = new int[32];
    private int[] _fieldLength = new int[32];
    private long _nextLine = 1;

    public Utf8CsvReader(Stream stream, int bufferSize = 1 << 20, bool leaveOpen = false)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        _buffer = new byte[Math.Max(bufferSize, 16)];
        Fill();
        if (_end - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF)
        {
            _start += 3;
            BytesConsumed = 3;
        }
        else if (_end - _start >= 2 && ((_buffer[_start] == 0xFF && _buffer[_start + 1] == 0xFE) || (_buffer[_start] == 0xFE && _buffer[_start + 1] == 0xFF)))
        {
            // Spreadsheets' "Unicode text" export: refused with a clear message rather than read as garbage.
            throw new CsvFormatException(1, "the file is UTF-16 text; save it as CSV in UTF-8");
        }
    }

    /// <summary>Number of fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The 1-based line on which the current record starts.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Bytes of the stream consumed so far (for progress reporting).</summary>
    public long BytesConsumed { get; private set; }

    /// <summary>The current record.</summary>
    public Utf8CsvRecord Current => new(_buffer, _fieldStart.AsSpan(0, FieldCount), _fieldLength.AsSpan(0, FieldCount));

    /// <summary>The unescaped bytes of field <paramref name="index"/> of the current record.</summary>
    public ReadOnlySpan<byte> this[int index] => _buffer.AsSpan(_fieldStart[index], _fieldLength[index]);

    /// <summary>Reads the next non-blank record; false at the end of the stream.</summary>
    /// <exception cref="CsvFormatException">A quoted field is not closed, or text follows a closing quote.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        while (true)
        {
            if (_start >= _end && !Fill())
            {
                return false;
            }

            if (!TryFindRecordEnd(out var recordEnd, out var consumedTo, out var lineBreaks))
            {
                if (_end - _start == _buffer.Length)
                {
                    if (_buffer.Length >= MaxRecordBytes)
                    {
                        // A record that does not fit is refused, not grown without bound (a 1 GiB line once took the
                        // process down); reading stops here.
                        throw new CsvFormatException(_nextLine, $"the record is longer than the limit of {MaxRecordBytes:N0} bytes (1 MiB)");
                    }

                    Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxRecordBytes));
                }

                Fill();
                continue;
            }

            var record = _buffer.AsSpan(_start, recordEnd - _start);
            if (record.IsEmpty || (record.Length == 1 && record[0] == CarriageReturn))
            {
                Advance(consumedTo, lineBreaks);
                continue;
            }

            SplitFields(recordEnd);
            LineNumber = _nextLine;
            Advance(consumedTo, lineBreaks);
            return true;
        }
    }

    /// <summary>
    /// The complete lines ahead that hold no double quote, as raw bytes with their line breaks (CR LF or LF; the last
    /// line of the file may lack one), at most <paramref name="maxBytes"/> of them: the bytes of the records
    /// <see cref="Read"/> would return one by one, for a caller that splits unquoted lines itself. Blank lines are
    /// included. Valid until the next read. Empty when the next line holds a quote or is longer than
    /// <paramref name="maxBytes"/> (read that record with <see cref="Read"/>), and at the end of the stream.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<byte> ReadPlainLines(int maxBytes)
    {
        while (true)
        {
            if (_start >= _end && !Fill())
            {
                return default;
            }

            var buffered = _end - _start;
            var window = _buffer.AsSpan(_start, Math.Min(buffered, maxBytes));
            var quote = window.IndexOf(Quote);
            var plain = quote < 0 ? window : window[..quote];
            var lastBreak = plain.LastIndexOf(LineFeed);
            if (lastBreak >= 0)
            {
                return TakeLines(lastBreak + 1, plain[..(lastBreak + 1)].Count(LineFeed));
            }

            if (quote >= 0 || window.Length < buffered)
            {
                return default;
            }

            if (_eof)
            {
                return TakeLines(buffered, 1); // the last line, without a line break
            }

            if (buffered == _buffer.Length)
            {
                return default; // one line fills the buffer: Read grows it or refuses the record
            }

            Fill();
        }
    }

    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    // Finds where the record starting at _start ends (exclusive, before its line break) without changing any
    // byte, so that a record cut by the buffer edge can simply be scanned again after a refill.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryFindRecordEnd(out int recordEnd, out int consumedTo, out long lineBreaks)
    {
        var span = _buffer.AsSpan(0, _end);
        var pos = _start;
        var inQuotes = false;
        lineBreaks = 0;
        while (true)
        {
            var rest = span[pos..];
            var i = inQuotes ? rest.IndexOf(Quote) : rest.IndexOfAny(Quote, LineFeed);
            if (i < 0)
            {
                if (!_eof)
                {
                    recordEnd = consumedTo = 0;
                    return false;
                }

                if (inQuotes)
                {
                    throw new CsvFormatException(_nextLine, "a quoted field is not closed before the end of the file");
                }

                recordEnd = consumedTo = _end;
                lineBreaks += 1;
                return true;
            }

            var at = pos + i;
            if (span[at] == Quote)
            {
                // Only a quote that starts a field opens a quoted field; elsewhere it is an ordinary character.
                if (!inQuotes && at > _start && span[at - 1] != Comma)
                {
                    pos = at + 1;
                    continue;
                }

                if (inQuotes)
                {
                    lineBreaks += span[pos..at].Count(LineFeed);
                    if (at + 1 >= _end && !_eof)
                    {
                        // Cannot tell a closing quote from the first half of "" yet.
                        recordEnd = consumedTo = 0;
                        return false;
                    }

                    if (at + 1 < _end && span[at + 1] == Quote)
                    {
                        pos = at + 2; // an escaped quote inside the field
                        continue;
                    }
                }

                inQuotes = !inQuotes;
                pos = at + 1;
                continue;
            }

            recordEnd = at;
            consumedTo = at + 1;
            lineBreaks += 1;
            return true;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SplitFields(int recordEnd)
    {
        var span = _buffer.AsSpan(0, recordEnd);
        if (recordEnd > _start && span[recordEnd - 1] == CarriageReturn)
        {
            recordEnd--;
            span = span[..recordEnd];
        }

        var pos = _start;
        var count = 0;
        while (true)
        {
            if (count == _fieldStart.Length)
            {
                Array.Resize(ref _fieldStart, count * 2);
                Array.Resize(ref _fieldLength, count * 2);
            }

            if (pos < recordEnd && span[pos] == Quote)
            {
                // Unescape in place: the result is never longer than its source.
                var write = pos;
                var read = pos + 1;
                while (true)
                {
                    var b = span[read];
                    if (b == Quote)
                    {
                        if (read + 1 < recordEnd && span[read + 1] == Quote)
                        {
                            span[write++] = Quote;
                            read += 2;
                            continue;
                        }

                        read++;
                        break;
                    }

                    span[write++] = b;
                    read++;
                }

                _fieldStart[count] = pos;
                _fieldLength[count] = write - pos;
                count++;
                if (read >= recordEnd)
                {
                    break;
                }

                if (span[read] != Comma)
                {
                    var line = _nextLine + span[_start..read].Count(LineFeed);
                    throw new CsvFormatException(line, "text follows a closing quote; quote the whole field and write a quote inside it as \"\"");
                }

                pos = read + 1;
                continue;
            }

            var stop = span[pos..recordEnd].IndexOf(Comma);
            var length = stop < 0 ? recordEnd - pos : stop;
            _fieldStart[count] = pos;
            _fieldLength[count] = length;
            count++;
            if (stop < 0)
            {
                break;
            }

            pos += stop + 1;
        }

        FieldCount = count;
    }

    private ReadOnlySpan<byte> TakeLines(int length, long lineBreaks)
    {
        var lines = _buffer.AsSpan(_start, length);
        Advance(_start + length, lineBreaks);
        return lines;
    }

    private void Advance(int to, long lineBreaks)
    {
        BytesConsumed += to - _start;
        _start = to;
        _nextLine += lineBreaks;
    }

    private bool Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        while (!_eof && _end < _buffer.Length)
        {
            var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (n == 0)
            {
                _eof = true;
                break;
            }

            _end += n;
        }

        return _start < _end;
    }
}
