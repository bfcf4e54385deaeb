using System.Collections.Concurrent;
using System.IO.Compression;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using BoneBalance.Fhir.Facts;

namespace BoneBalance.Fhir.Bulk;

/// <summary>A line (or Bundle) of an export that could not be read, and why.</summary>
/// <param name="File">The file's name.</param>
/// <param name="Line">The line (1-based; in a Bundle, the JSON's line).</param>
/// <param name="Reason">What is wrong.</param>
public sealed record BulkMalformedLine(string File, long Line, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Reason}";
}

/// <summary>What reading a bulk export found, besides the patients.</summary>
internal sealed class BulkReadReport
{
    /// <summary>Malformed lines reported (the first <see cref="BulkExportReader.MalformedShown"/>).</summary>
    public List<BulkMalformedLine> Malformed { get; } = [];

    /// <summary>All malformed lines, skipped.</summary>
    public long MalformedCount { get; set; }

    /// <summary>Files read, and their bytes as stored (compressed for .gz).</summary>
    public int FilesRead { get; set; }

    /// <summary>Bytes of the files read, as stored.</summary>
    public long BytesRead { get; set; }

    /// <summary>Files not opened: types the mapping does not read, or not NDJSON.</summary>
    public IReadOnlyList<string> FilesSkipped { get; set; } = [];

    /// <summary>Resources read whose subject names no patient (no subject, or a reference that is not to a Patient).</summary>
    public long WithoutSubject { get; set; }

    /// <summary>Resources about a patient id with no Patient resource in the export.</summary>
    public long WithoutPatient { get; set; }

    /// <summary>Patient resources whose id was already read (the first is used).</summary>
    public long RepeatedPatients { get; set; }

    /// <summary>Bytes of the patients' packed facts at the end of reading (<see cref="BulkPatient.PackedBytes"/>, summed).</summary>
    public long PackedBytes { get; set; }

    /// <summary>Bytes held for them, with each patient's room to grow (<see cref="BulkPatient.HeldBytes"/>, summed).</summary>
    public long HeldBytes { get; set; }

    /// <summary>Distinct strings and concepts in the export's <see cref="FactTable"/>.</summary>
    public int TableEntries { get; set; }
}

/// <summary>
/// Reads a FHIR Bulk Data export (or a folder of patient Bundles) into each patient's facts. One thread reads the files
/// in blocks of whole lines (gzip decompressed as it goes); one parser per core takes the facts from the blocks
/// (<see cref="NdjsonFacts"/>); the calling thread joins them per patient in file and line order
/// (<see cref="BulkPatient"/>), so the result does not depend on the thread timing. Memory is the patients' facts
/// plus a fixed number of blocks, whatever the files' sizes.
/// </summary>
internal static class BulkExportReader
{
    /// <summary>The longest line (or Bundle file) read: 64 MiB. A longer one stops the run with an error naming it.</summary>
    public const int MaximumLineBytes = 64 << 20;

    /// <summary>Malformed lines listed in the report (all are counted).</summary>
    public const int MalformedShown = 20;

    private const int BlockBytes = 1 << 20;

    /// <summary>Reads the export in <paramref name="directory"/>: the patients in the order their Patient resources were read.</summary>
    /// <param name="directory">The export folder.</param>
    /// <param name="asOf">The as-of date (what is kept depends on it).</param>
    /// <param name="options">The read options.</param>
    /// <param name="progress">Called with the bytes read so far (of the files read, as stored) and their total.</param>
    /// <exception cref="Core.Validation.InvalidInputException">See <see cref="BulkExportFiles.List"/>.</exception>
    /// <exception cref="InvalidDataException">A line longer than <see cref="MaximumLineBytes"/>, or a gzip file that is not gzip.</exception>
    public static (List<BulkPatient> Patients, FactTable Table, Func<string, FhirConcept?> FindMedication, BulkReadReport Report) Read(
        string directory, DateOnly asOf, FhirReadOptions options, Action<long, long>? progress = null)
    {
        var (files, skipped) = BulkExportFiles.List(directory);
        var report = new BulkReadReport { FilesSkipped = skipped, FilesRead = files.Count, BytesRead = files.Sum(f => f.Bytes) };
        var patients = new Dictionary<PatientKey, BulkPatient>();
        var table = new FactTable();
        var writer = new PackedWriter(table);
        var medications = new Dictionary<string, FhirConcept?>(StringComparer.Ordinal);
        FhirConcept? FindMedication(string reference)
        {
            var at = reference.LastIndexOf("Medication/", StringComparison.Ordinal);
            return medications.GetValueOrDefault(at >= 0 ? reference[at..] : reference);
        }

        var judge = new MedicationReader(FindMedication, asOf, options, new ProfileDraft());
        long patientOrder = 0;

        void Merge(Block block)
        {
            foreach (var (line, resource) in block.Results)
            {
                _ = line;
                switch (resource.Kind)
                {
                    case BulkKind.MedicationCode:
                        medications.TryAdd(resource.Label!, (FhirConcept?)resource.Facts);
                        continue;
                    case BulkKind.None:
                        continue;
                }

                if (resource.Patient is not { } key)
                {
                    report.WithoutSubject++;
                    continue;
                }

                var id = PatientKey.Of(key);
                if (!patients.TryGetValue(id, out var patient))
                {
                    patients[id] = patient = new BulkPatient(id);
                }

                switch (resource.Facts)
                {
                    case PatientFacts p:
                        if (!patient.SetPatient(p, patientOrder++, writer))
                        {
                            report.RepeatedPatients++;
                        }

                        break;
                    case ObservationFacts o:
                        patient.Add(o, resource.Code!, resource.Usable, writer);
                        break;
                    case ConditionFacts c:
                        patient.Add(c, resource.Matters, resource.CurrentKey, writer);
                        break;
                    case MedicationFacts m:
                        patient.Add(m, resource.Judged ? resource.Found : judge.Judge(m, out _), writer);
                        break;
                }
            }

            foreach (var error in block.Errors)
            {
                report.MalformedCount++;
                if (report.Malformed.Count < MalformedShown)
                {
                    report.Malformed.Add(error);
                }
            }
        }

        Run(files, () => new BulkJudge(asOf, options), Merge, progress is null ? null : read => progress(read, report.BytesRead));

        var list = new List<BulkPatient>(patients.Count);
        foreach (var patient in patients.Values)
        {
            if (patient.HasPatient)
            {
                list.Add(patient);
                report.PackedBytes += patient.PackedBytes;
                report.HeldBytes += patient.HeldBytes;
            }
            else
            {
                report.WithoutPatient++;
            }
        }

        list.Sort((a, b) => a.Order.CompareTo(b.Order));
        report.TableEntries = table.StringCount + table.ConceptCount;
        return (list, table, FindMedication, report);
    }

    // The pipeline: reader thread → parser threads → merge on the calling thread, in block order.
    private static void Run(IReadOnlyList<BulkFile> files, Func<BulkJudge> newJudge, Action<Block> merge, Action<long>? progress)
    {
        var parsers = Math.Max(1, Environment.ProcessorCount);
        using var pool = new BlockingCollection<Block>();
        using var toParse = new BlockingCollection<Block>();
        using var parsed = new BlockingCollection<Block>();
        for (var i = 0; i < parsers * 3; i++)
        {
            pool.Add(new Block());
        }

        using var failed = new CancellationTokenSource();
        Exception? failure = null;
        void Fail(Exception e)
        {
            Interlocked.CompareExchange(ref failure, e, null);
            failed.Cancel();
        }

        var reader = new Thread(() =>
        {
            try
            {
                Split(files, pool, toParse, failed.Token);
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception e)
            {
                Fail(e);
            }
            finally
            {
                toParse.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "bulk-reader" };

        var remaining = parsers;
        var workers = Enumerable.Range(0, parsers).Select(i => new Thread(() =>
        {
            try
            {
                var facts = new NdjsonFacts();
                var judge = newJudge();
                foreach (var block in toParse.GetConsumingEnumerable(failed.Token))
                {
                    block.Parse(facts, judge);
                    parsed.Add(block, failed.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception e)
            {
                Fail(e);
            }
            finally
            {
                if (Interlocked.Decrement(ref remaining) == 0)
                {
                    parsed.CompleteAdding();
                }
            }
        })
        { IsBackground = true, Name = $"bulk-parser-{i}" }).ToList();

        reader.Start();
        workers.ForEach(t => t.Start());
        var waiting = new SortedDictionary<long, Block>();
        long next = 0;
        try
        {
            foreach (var block in parsed.GetConsumingEnumerable(failed.Token))
            {
                waiting.Add(block.Sequence, block);
                while (waiting.Remove(next, out var ready))
                {
                    merge(ready);
                    progress?.Invoke(ready.BytesDone);
                    ready.Clear();
                    pool.Add(ready);
                    next++;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            Fail(e);
        }

        reader.Join();
        workers.ForEach(t => t.Join());
        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    // Cuts the files into blocks of whole lines (a Bundle file is one block).
    private static void Split(IReadOnlyList<BulkFile> files, BlockingCollection<Block> pool, BlockingCollection<Block> toParse, CancellationToken cancel)
    {
        long sequence = 0, doneBefore = 0;
        foreach (var file in files)
        {
            using var disk = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            using Stream stream = file.Compressed ? new GZipStream(disk, CompressionMode.Decompress) : disk;
            var name = Path.GetFileName(file.Path);
            var trailer = file.Compressed ? new GzipTrailer() : null;
            long line = 1;
            var block = pool.Take(cancel);
            block.Start(name, file.IsBundle, line);
            while (true)
            {
                if (block.Length == block.Buffer.Length)
                {
                    if (block.Buffer.Length >= MaximumLineBytes)
                    {
                        throw new InvalidDataException(file.IsBundle
                            ? $"{name}: the Bundle is longer than {MaximumLineBytes >> 20} MiB, the most one file of Bundles may hold; split the export into one Bundle a patient"
                            : $"{name}:{line + block.LinesIn(0, block.Length)}: the line is longer than {MaximumLineBytes >> 20} MiB, the longest a resource may be");
                    }

                    Array.Resize(ref block.Buffer, Math.Min(MaximumLineBytes, block.Buffer.Length * 2));
                }

                int read;
                try
                {
                    read = stream.Read(block.Buffer, block.Length, block.Buffer.Length - block.Length);
                }
                catch (InvalidDataException e)
                {
                    throw new InvalidDataException($"{name}: not a readable gzip file ({e.Message})", e);
                }

                if (read == 0)
                {
                    if (trailer?.Mismatch(disk) is { } cut)
                    {
                        throw new InvalidDataException($"{name}: {cut}");
                    }

                    break;
                }

                trailer?.Append(block.Buffer.AsSpan(block.Length, read));
                block.Length += read;
                if (file.IsBundle)
                {
                    continue;
                }

                var end = block.Buffer.AsSpan(0, block.Length).LastIndexOf((byte)'\n');
                if (end < 0 || block.Length < block.Buffer.Length / 2)
                {
                    continue;
                }

                // The block ends after its last whole line; the rest starts the next block.
                var next = pool.Take(cancel);
                var rest = block.Length - (end + 1);
                var lines = block.LinesIn(0, end + 1);
                next.Start(name, false, line + lines);
                if (next.Buffer.Length < rest)
                {
                    next.Buffer = new byte[Math.Max(BlockBytes, rest * 2)];
                }

                block.Buffer.AsSpan(end + 1, rest).CopyTo(next.Buffer);
                next.Length = rest;
                block.Length = end + 1;
                block.Sequence = sequence++;
                block.BytesDone = doneBefore + disk.Position;
                toParse.Add(block, cancel);
                line += lines;
                block = next;
            }

            doneBefore += file.Bytes;
            block.Sequence = sequence++;
            block.BytesDone = doneBefore;
            toParse.Add(block, cancel);
        }
    }

    /// <summary>A block of whole lines of one file, and what its parser found.</summary>
    private sealed class Block
    {
        public byte[] Buffer = new byte[BlockBytes];

        public int Length;

        public long Sequence;

        public long BytesDone;

        public string File = string.Empty;

        public bool Bundle;

        public long FirstLine;

        public List<(long Line, BulkResource Resource)> Results { get; } = [];

        public List<BulkMalformedLine> Errors { get; } = [];

        public void Start(string file, bool bundle, long firstLine) => (File, Bundle, FirstLine, Length) = (file, bundle, firstLine, 0);

        public long LinesIn(int from, int to) => Buffer.AsSpan(from, to - from).Count((byte)'\n');

        public void Clear()
        {
            Results.Clear();
            Errors.Clear();
            Length = 0;
        }

        public void Parse(NdjsonFacts facts, BulkJudge judge)
        {
            if (Bundle)
            {
                ParseBundle(facts, judge);
                return;
            }

            var text = Buffer.AsSpan(0, Length);
            var line = FirstLine;
            while (!text.IsEmpty)
            {
                var end = text.IndexOf((byte)'\n');
                var json = end < 0 ? text : text[..end];
                text = end < 0 ? default : text[(end + 1)..];
                if (json.TrimEnd((byte)'\r').Trim(" \t"u8).Length > 0)
                {
                    try
                    {
                        var resource = judge.Judge(facts.Read(json));
                        if (resource.Kind != BulkKind.None)
                        {
                            Results.Add((line, resource));
                        }
                    }
                    catch (Exception e) when (e is JsonException or BulkFormatException)
                    {
                        Errors.Add(new(File, line, Reason(e)));
                    }
                }

                line++;
            }
        }

        private void ParseBundle(NdjsonFacts facts, BulkJudge judge)
        {
            var reader = new Utf8JsonReader(Buffer.AsSpan(0, Length), new JsonReaderOptions { MaxDepth = 128 });
            try
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new BulkFormatException("the file is not a JSON object (a Bundle)");
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (!reader.ValueTextEquals("entry"u8))
                    {
                        reader.Read();
                        reader.Skip();
                        continue;
                    }

                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        throw new BulkFormatException("Bundle.entry is not an array");
                    }

                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                        {
                            if (!reader.ValueTextEquals("resource"u8))
                            {
                                reader.Read();
                                reader.Skip();
                                continue;
                            }

                            reader.Read();
                            if (reader.TokenType != JsonTokenType.StartObject)
                            {
                                throw new BulkFormatException("Bundle.entry.resource is not an object");
                            }

                            var depth = reader.CurrentDepth;
                            var resource = judge.Judge(facts.Resource(ref reader));
                            while (reader.CurrentDepth > depth || reader.TokenType != JsonTokenType.EndObject)
                            {
                                reader.Read();
                            }

                            if (resource.Kind != BulkKind.None)
                            {
                                Results.Add((FirstLine, resource));
                            }
                        }
                    }
                }
            }
            catch (Exception e) when (e is JsonException or BulkFormatException)
            {
                Results.Clear();
                Errors.Add(new(File, e is JsonException { LineNumber: { } n } ? n + 1 : 1, Reason(e)));
            }
        }

        private static string Reason(Exception e) => e is JsonException j
            ? $"not valid JSON: {j.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].TrimEnd('.')} (byte {j.BytePositionInLine})"
            : e.Message;
    }
}
