using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

using NudgeService.Application.Web;

namespace NudgeService.Web;

/// <summary>
/// Reads a posted form without trusting it: at most <see cref="MaxBytes"/> are read, whatever
/// Content-Length says or when it says nothing (chunked), and a body that is not a well-formed
/// form of these pages (too many fields, an overlong name, a broken or truncated multipart body)
/// is reported as such, never thrown at the host.
/// </summary>
public sealed record PostedForm(IFormCollection? Form, FormProblem Problem)
{
    /// <summary>Room for a 20 kB message percent-encoded (up to three times longer) and its subject.</summary>
    public const int MaxBytes = 96 * 1024;

    /// <summary>The pages' forms hold a handful of fields with short names; far more is no form of ours.</summary>
    private static readonly FormOptions Limits = new()
    {
        ValueCountLimit = 32,
        KeyLengthLimit = 64,
        ValueLengthLimit = MaxBytes,
        MultipartBodyLengthLimit = MaxBytes,
        MultipartHeadersCountLimit = 8,
        MultipartHeadersLengthLimit = 1024,
        BufferBody = false,
    };

    public static async Task<PostedForm> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes) return new(null, FormProblem.TooLarge);
        if (!request.HasFormContentType) return new(FormCollection.Empty, FormProblem.None);
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return new(null, FormProblem.TooLarge);
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        request.Body = buffer;
        try
        {
            return new(await request.ReadFormAsync(Limits, cancellationToken), FormProblem.None);
        }
        // The body is all in memory: a read failing now is a body that ends before its form does.
        catch (Exception malformed) when (malformed is InvalidDataException or IOException)
        {
            return new(null, FormProblem.Malformed);
        }
    }
}
