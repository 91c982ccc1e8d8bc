using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Interdict.Core;

/// <summary>SHA-256 over a canonical, unambiguous encoding of a sequence of fields.</summary>
/// <remarks>Each field is written as a 4-byte big-endian length followed by its UTF-8 bytes, and a null
/// field as the length -1, so that no two different field sequences encode to the same bytes
/// ("ab","c" differs from "a","bc"; null differs from ""). Numbers are written as invariant decimal text.
/// The encoding is part of the stored data's meaning (audit hashes, fingerprints): never change it
/// without a new version tag.</remarks>
internal sealed class CanonicalHash : IDisposable
{
    readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public CanonicalHash Add(string? value)
    {
        Span<byte> length = stackalloc byte[4];
        if (value is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(length, -1);
            _hash.AppendData(length);
            return this;
        }
        var bytes = Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        _hash.AppendData(length);
        _hash.AppendData(bytes);
        return this;
    }

    public CanonicalHash Add(long value) => Add(value.ToString(CultureInfo.InvariantCulture));

    public CanonicalHash Add(double value) => Add(value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>The hash as 64 lower-case hexadecimal digits.</summary>
    public string ToHex() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();
}
