using System.Globalization;
using System.Net;

namespace Onderwijsroute.Funding.LoadTest;

/// <summary>The command line: <c>--url</c> (a loopback address only), <c>--clients</c>, <c>--seconds</c>, <c>--max-requests</c>, …</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private Options(string mode) => Mode = mode;

    public string Mode { get; }

    public Uri Url => new(Get("url", "http://127.0.0.1:5080").TrimEnd('/') + "/");

    public int Clients => int.Parse(Get("clients", "32"), CultureInfo.InvariantCulture);

    public int Seconds => int.Parse(Get("seconds", "60"), CultureInfo.InvariantCulture);

    public long MaxRequests => long.Parse(Get("max-requests", "3000000"), CultureInfo.InvariantCulture);

    public bool Short => _values.ContainsKey("kort");

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public string Get(string name, string fallback) => _values.GetValueOrDefault(name) ?? fallback;

    public static Options Parse(string[] args)
    {
        var options = new Options(args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "load");
        for (var i = options.Mode == "load" && (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) ? 0 : 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            var name = args[i][2..];
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options._values[name] = hasValue ? args[++i] : "true";
        }

        if (options.Clients is < 1 or > 256 || options.Seconds is < 1 or > 600 || options.MaxRequests < 1)
        {
            throw new ArgumentException("--clients 1..256, --seconds 1..600, --max-requests ≥ 1.");
        }

        // The tool must never be pointed at anything but this machine.
        if (!IPAddress.TryParse(options.Url.Host.Trim('[', ']'), out var address) || !IPAddress.IsLoopback(address))
        {
            throw new ArgumentException($"--url must be a loopback address such as http://127.0.0.1:5080, not '{options.Url}'.");
        }

        return options;
    }
}
