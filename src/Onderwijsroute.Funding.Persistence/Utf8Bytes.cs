using System.Runtime.InteropServices;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>Stored JSON kept as UTF-8 bytes (bound as a blob and stored as TEXT with <c>CAST</c>).</summary>
internal static class Utf8Bytes
{
    /// <summary>The array behind the bytes when they fill it (no copy of a ~44 KB result), else a copy.</summary>
    /// <param name="bytes">The bytes.</param>
    public static byte[] AsArray(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length ? segment.Array : bytes.ToArray();
}
