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
    // The encoding is collected in one buffer and hashed once: cheaper than an incremental hash object per
    // fingerprint when a million customers are loaded.
    readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(256);

    public CanonicalHash Add(string? value)
    {
        if (value is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(_buffer.GetSpan(4), -1);
            _buffer.Advance(4);
            return this;
        }
        var span = _buffer.GetSpan(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var written = Encoding.UTF8.GetBytes(value, span[4..]);
        BinaryPrimitives.WriteInt32BigEndian(span, written);
        _buffer.Advance(4 + written);
        return this;
    }

    public CanonicalHash Add(long value) => Add(value.ToString(CultureInfo.InvariantCulture));

    public CanonicalHash Add(double value) => Add(value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>The hash as 64 lower-case hexadecimal digits.</summary>
    public string ToHex()
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(_buffer.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash);
    }

    public void Dispose() => _buffer.Clear();
}
