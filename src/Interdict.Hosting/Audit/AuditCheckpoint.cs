using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Interdict.Core.Audit;

namespace Interdict.Hosting.Audit;

/// <summary>A signed checkpoint of the audit chain's head (<c>interdict audit checkpoint</c>): sequence, hash and time
/// of the last record, signed, for an operator to keep outside the system (another host, a ticket, a WORM bucket, an
/// e-mail to the examiner). <c>interdict audit verify --checkpoint FILE</c> then proves that the table still holds
/// that record unchanged: a tail cut off, an emptied table or a rewritten chain is detected.</summary>
/// <remarks>Signed with ECDSA P-256 / SHA-256, not an HMAC: a checkpoint is meant to be shown to people outside the
/// installation, and with a public-key signature anyone holding the public key (it is in the file, and its
/// fingerprint <see cref="KeyId"/> is printed) can check it without being able to forge one, whereas an HMAC key
/// would have to be shared to verify and would then let its holder sign. ECDSA is in the base library (Ed25519
/// would need a package for the same property).</remarks>
/// <param name="Sequence">The head's sequence number.</param>
/// <param name="Hash">The head record's hash.</param>
/// <param name="At">The head record's time.</param>
/// <param name="CreatedAt">When the checkpoint was made.</param>
/// <param name="PublicKey">The signer's public key, SubjectPublicKeyInfo, base64.</param>
/// <param name="Signature">The signature over <see cref="SignedText"/> (IEEE P1363, base64).</param>
public sealed record AuditCheckpoint(long Sequence, string Hash, DateTimeOffset At, DateTimeOffset CreatedAt, string PublicKey, string Signature)
{
    /// <summary>The format tag written in, and required of, every checkpoint file.</summary>
    public const string Format = "interdict-audit-checkpoint/1";

    /// <summary>The signing key's file name in the data folder (PKCS#8 PEM, readable by its owner only).</summary>
    public const string KeyFileName = "audit-signing-key.pem";

    /// <summary>The signed text: the format tag and every field, one per line, times in UTC with microseconds.</summary>
    public string SignedText => SignedTextOf(Sequence, Hash, At, CreatedAt);

    /// <summary>The key's fingerprint: the first 16 hex digits of SHA-256 over the public key.</summary>
    public string KeyId => Fingerprint(PublicKey);

    /// <summary>The head as an anchor the chain must still reach.</summary>
    /// <param name="source">Where it came from, for messages (<c>checkpoint cp.json</c>).</param>
    public AuditAnchor ToAnchor(string source) => new(Sequence, Hash, source);

    /// <summary>Makes a checkpoint of <paramref name="head"/>, signed with the data folder's key (created on first use).</summary>
    public static AuditCheckpoint Create(AuditRecord head, DateTimeOffset now, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(head);
        using var key = LoadOrCreateKey(dataDirectory);
        var publicKey = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());
        var created = AuditChain.FromMicroseconds(AuditChain.ToMicroseconds(now));
        var signature = key.SignData(Encoding.UTF8.GetBytes(SignedTextOf(head.Sequence, head.Hash, head.At, created)), HashAlgorithmName.SHA256);
        return new AuditCheckpoint(head.Sequence, head.Hash, head.At, created, publicKey, Convert.ToBase64String(signature));
    }

    /// <summary>The checkpoint as the JSON text of its file.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("sequence", Sequence);
            json.WriteString("hash", Hash);
            json.WriteString("at", Time(At));
            json.WriteString("created_at", Time(CreatedAt));
            json.WriteString("algorithm", "ECDSA-P256-SHA256");
            json.WriteString("key_id", KeyId);
            json.WriteString("public_key", PublicKey);
            json.WriteString("signature", Signature);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Reads a checkpoint file's text and checks its signature; the error names what is wrong.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="dataDirectory">The data folder, whose key (when present) the checkpoint must be signed with.</param>
    /// <param name="checkpoint">The checkpoint, when well-formed.</param>
    /// <param name="error">Why it cannot be used; null when it can.</param>
    /// <param name="forged">True when the file is well-formed but its signature or key is wrong.</param>
    public static bool TryRead(string text, string dataDirectory, out AuditCheckpoint? checkpoint, out string? error, out bool forged)
    {
        checkpoint = null;
        forged = false;
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowDuplicateProperties = false });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Fail("the file is not a JSON object", out error);
            if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
                return Fail($"'format' must be \"{Format}\"", out error);
            if (!root.TryGetProperty("sequence", out var sequenceElement) || !sequenceElement.TryGetInt64(out var sequence) || sequence < 1)
                return Fail("'sequence' must be a whole number of at least 1", out error);
            var hash = Text(root, "hash");
            if (hash is null || hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower)) return Fail("'hash' must be 64 lower-case hex digits", out error);
            if (!TryTime(Text(root, "at"), out var at)) return Fail("'at' must be a UTC time", out error);
            if (!TryTime(Text(root, "created_at"), out var created)) return Fail("'created_at' must be a UTC time", out error);
            var publicKey = Text(root, "public_key");
            var signature = Text(root, "signature");
            if (publicKey is null || signature is null) return Fail("'public_key' and 'signature' are required", out error);
            checkpoint = new AuditCheckpoint(sequence, hash, at, created, publicKey, signature);
        }
        catch (JsonException e)
        {
            return Fail($"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})", out error);
        }
        forged = true;
        byte[] keyBytes, signatureBytes;
        try
        {
            keyBytes = Convert.FromBase64String(checkpoint.PublicKey);
            signatureBytes = Convert.FromBase64String(checkpoint.Signature);
        }
        catch (FormatException)
        {
            return Fail("'public_key' or 'signature' is not base64", out error);
        }
        var keyFile = Path.Combine(dataDirectory, KeyFileName);
        if (File.Exists(keyFile))
        {
            using var own = LoadOrCreateKey(dataDirectory);
            var ownId = Fingerprint(Convert.ToBase64String(own.ExportSubjectPublicKeyInfo()));
            if (ownId != checkpoint.KeyId)
                return Fail($"it is signed by key {checkpoint.KeyId}, not by this data folder's key {ownId}", out error);
        }
        using var verifier = ECDsa.Create();
        try
        {
            verifier.ImportSubjectPublicKeyInfo(keyBytes, out _);
        }
        catch (CryptographicException)
        {
            return Fail("'public_key' is not an ECDSA public key", out error);
        }
        if (!verifier.VerifyData(Encoding.UTF8.GetBytes(checkpoint.SignedText), signatureBytes, HashAlgorithmName.SHA256))
            return Fail("its signature does not match its contents: the file was altered", out error);
        forged = false;
        error = null;
        return true;
    }

    static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }

    static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture);

    static bool TryTime(string? text, out DateTimeOffset at) =>
        DateTimeOffset.TryParseExact(text, "yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);

    static string SignedTextOf(long sequence, string hash, DateTimeOffset at, DateTimeOffset created) =>
        string.Create(CultureInfo.InvariantCulture, $"{Format}\n{sequence}\n{hash}\n{Time(at)}\n{Time(created)}\n");

    static string Fingerprint(string publicKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(publicKey)))[..16];

    static ECDsa LoadOrCreateKey(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, KeyFileName);
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        if (File.Exists(path))
        {
            key.ImportFromPem(File.ReadAllText(path));
            return key;
        }
        Directory.CreateDirectory(dataDirectory);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options)) writer.Write(key.ExportPkcs8PrivateKeyPem());
        return key;
    }
}
