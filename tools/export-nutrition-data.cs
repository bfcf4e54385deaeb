#:project ../src/BoneBalance.Catalogues/BoneBalance.Catalogues.csproj
// Regenerates the compact SR28 tables shipped in data/nutrition/ from the raw release.
// Usage (from the repository root): dotnet run tools/export-nutrition-data.cs -- data/sources/usda-sr28 data/nutrition
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run tools/export-nutrition-data.cs -- USDA_SR28_DIR OUTPUT_DIR");
    return 2;
}

BoneBalance.Data.Import.Importer.ExportCompact(args[0], args[1]);
Console.WriteLine($"wrote the compact SR28 tables to {args[1]}");
return 0;
