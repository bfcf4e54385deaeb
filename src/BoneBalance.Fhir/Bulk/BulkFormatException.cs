namespace BoneBalance.Fhir.Bulk;

/// <summary>A line of a bulk export that is JSON but not a resource the mapping can read (a field of the wrong type).</summary>
internal sealed class BulkFormatException(string message) : Exception(message);
