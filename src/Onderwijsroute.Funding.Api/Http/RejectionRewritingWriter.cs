using System.Buffers;
using System.IO.Pipelines;
using System.Text;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// The output of a connection, passed through unchanged except for Kestrel's own error answer, which is replaced by
/// <see cref="KestrelRejections.Answer"/>. That answer is a 4xx head with <c>Content-Length: 0</c> and
/// <c>Connection: close</c> and without <c>API-Version</c>; it is written after every earlier response on the
/// connection is complete, so it begins a write. A write that begins like a 4xx head but ends before its blank line is
/// held back until the head is complete (or the output is flushed), then decided on. Everything else costs one
/// comparison of ten bytes per write.
/// </summary>
internal sealed class RejectionRewritingWriter(PipeWriter inner) : PipeWriter
{
    private static readonly byte[] HeadStart = "HTTP/1.1 4"u8.ToArray();
    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();

    private Memory<byte> _handedOut;
    private List<byte>? _held;

    public override Memory<byte> GetMemory(int sizeHint = 0) => _handedOut = inner.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public override void Advance(int bytes)
    {
        // Kestrel may go on writing into the rest of the memory it was handed without asking again: keep its place.
        var written = _handedOut.Span[..bytes];
        _handedOut = _handedOut[bytes..];
        if (_held is null && !written.StartsWith(HeadStart))
        {
            inner.Advance(bytes);
            return;
        }

        // A possible head of Kestrel's: keep it out of the pipe until its blank line shows what it is. The inner writer
        // is not advanced, so what is finally written (the same bytes, or the answer that replaces them) lands exactly
        // where these bytes were.
        _held ??= new List<byte>(256);
        _held.AddRange(written);
        var held = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_held);
        if (held.IndexOf(HeadEnd) < 0 && held.Length < 16 * 1024)
        {
            return;
        }

        var replacement = IsKestrelRejection(held) ? KestrelRejections.Answer(StatusOf(held), HeaderValue(held, "Date")) : held.ToArray();
        _held = null;
        inner.Write(replacement);
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        Release();
        return inner.FlushAsync(cancellationToken);
    }

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null)
    {
        Release();
        inner.Complete(exception);
    }

    public override ValueTask CompleteAsync(Exception? exception = null)
    {
        Release();
        return inner.CompleteAsync(exception);
    }

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes + (_held?.Count ?? 0);

    // Bytes held back when the output is flushed or completed go out as they are: never lose a byte.
    private void Release()
    {
        if (_held is { } held)
        {
            _held = null;
            inner.Write(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(held));
        }
    }

    private static bool IsKestrelRejection(ReadOnlySpan<byte> held)
    {
        var end = held.IndexOf(HeadEnd);
        if (end < 0 || end + HeadEnd.Length != held.Length)
        {
            return false;
        }

        var head = held[..(end + 2)];
        return head.IndexOf("\r\nContent-Length: 0\r\n"u8) >= 0
            && head.IndexOf("\r\nConnection: close\r\n"u8) >= 0
            && head.IndexOf(Encoding.ASCII.GetBytes("\r\n" + ApiInfo.VersionHeader + ":")) < 0;
    }

    private static int StatusOf(ReadOnlySpan<byte> head) =>
        int.TryParse(head.Slice("HTTP/1.1 ".Length, 3), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var status) ? status : 400;

    private static string? HeaderValue(ReadOnlySpan<byte> head, string name)
    {
        var text = Encoding.ASCII.GetString(head);
        var at = text.IndexOf("\r\n" + name + ": ", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var start = at + name.Length + 4;
        var end = text.IndexOf("\r\n", start, StringComparison.Ordinal);
        return end < 0 ? null : text[start..end];
    }
}
