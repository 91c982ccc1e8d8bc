using System.Security.Cryptography;
using System.Text;
using Interdict.Hosting.Payments;
using Interdict.Server.Access;
using Interdict.Server.Http;

namespace Interdict.Server.Endpoints;

/// <summary><c>POST /v1/payments/screen</c>: screen payment messages (ISO 20022 XML or SWIFT MT, raw in the body) and
/// decide each pass, review or hold under the rulebook, with every hit by field and the legal basis.</summary>
static class PaymentEndpoints
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEndpointRouteBuilder MapPayments(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/payments/screen", Screen).WithTags("Payments").WithName("PaymentsScreen")
            .WithSummary("Screen payment messages: the raw message (pacs.008/009, pain.001, pacs.004, MT103/202/101/199) as the body")
            .WithDescription("One answer per message in the body, in order: outcome pass, review or hold, every hit by field, the basis "
                + "(resolution and paragraph) from the rulebook as of the value date, and an explanation; a message that cannot be read "
                + "is outcome error with the reason and place. A review or hold opens a payment alert (one per message id and content; "
                + "the same message again finds its alert), named by alert. A body in which no message can be read is 400.")
            .Accepts<string>("application/xml", "text/xml", "text/plain", "application/octet-stream")
            .Produces<Contracts.PaymentScreenResult>().ProducesValidationProblem();
        return routes;
    }

    static async Task<IResult> Screen(HttpRequest request, PaymentService payments, PaymentAlertService alerts, HttpContext http)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, http.RequestAborted).ConfigureAwait(false);
        if (body.Length == 0) return Problems.Field("body", "give one or more payment messages (ISO 20022 XML or SWIFT MT) as the body");
        var bytes = body.ToArray();
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return Problems.Field("body", $"the body is not UTF-8 text (byte {e.Index})");
        }
        var screened = payments.Screen(text, "body");
        // Nothing could be read: the caller's error, answered as one, naming the place (nothing was screened to record).
        if (screened.All(s => s.Result is null)) return Problems.Field("body", screened[0].Read.Failure!.ToString());
        await payments.RecordAsync("request", Convert.ToHexStringLower(SHA256.HashData(bytes)), screened, http.Actor(), http.RequestAborted)
            .ConfigureAwait(false);
        // A review or hold opens a payment alert for the four-eyes release or rejection (the same message again finds its own).
        var raised = await alerts.RaiseAsync(screened, http.Actor(), http.RequestAborted).ConfigureAwait(false);
        return new JsonWriterResult(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("messages");
            for (var i = 0; i < screened.Count; i++) PaymentJson.Write(json, screened[i], raised[i]?.Id);
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
