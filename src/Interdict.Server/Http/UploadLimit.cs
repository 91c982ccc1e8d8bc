using Microsoft.AspNetCore.Http.Metadata;

namespace Interdict.Server.Http;

/// <summary>Endpoint metadata raising the request body limit for upload endpoints (list and customer imports),
/// which the framework applies to Kestrel's per-request limit and to form reading.</summary>
sealed record UploadLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata, IFormOptionsMetadata
{
    public bool? BufferBody => null;
    public int? MemoryBufferThreshold => null;
    public long? BufferBodyLengthLimit => MaxRequestBodySize;
    public int? ValueCountLimit => null;
    public int? KeyLengthLimit => null;
    public int? ValueLengthLimit => null;
    public int? MultipartBoundaryLengthLimit => null;
    public int? MultipartHeadersCountLimit => null;
    public int? MultipartHeadersLengthLimit => null;
    public long? MultipartBodyLengthLimit => MaxRequestBodySize;
}
