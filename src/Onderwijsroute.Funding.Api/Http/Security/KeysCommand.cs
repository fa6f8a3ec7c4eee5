using NodaTime;
using NodaTime.Text;

namespace Onderwijsroute.Funding.Api.Http.Security;

/// <summary>
/// The key command of the service: <c>dotnet run --project src/Onderwijsroute.Funding.Api -- sleutels
/// maak|lijst|trek-in …</c> (English aliases create, list, revoke). It works on the configured database directly and
/// prints a new key once, on standard output.
/// </summary>
internal static class KeysCommand
{
    /// <summary>The first argument that selects the command.</summary>
    public const string Verb = "sleutels";

    private const string Usage = """
        gebruik: sleutels maak --naam <naam> --rol gemeente|regio|ministerie|beheer [--scope GM0014|AM18] [--verloopt jjjj-mm-dd]
                 sleutels lijst
                 sleutels trek-in <id>
        """;

    /// <summary>Whether the arguments ask for the command.</summary>
    /// <param name="args">The process arguments.</param>
    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Verb;

    /// <summary>Runs the command; returns the exit code.</summary>
    /// <param name="services">The service's services (database migrated).</param>
    /// <param name="args">The process arguments, starting with <see cref="Verb"/>.</param>
    public static int Run(IServiceProvider services, string[] args) => Run(services, args, Console.Out, Console.Error);

    /// <summary>Runs the command with its output and errors written where a test wants them; returns the exit code.</summary>
    /// <param name="services">The service's services (database migrated).</param>
    /// <param name="args">The process arguments, starting with <see cref="Verb"/>.</param>
    /// <param name="output">Standard output: the new key, the list.</param>
    /// <param name="error">Standard error: everything else.</param>
    internal static int Run(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var keys = services.GetRequiredService<ApiKeyStore>();
        var action = args.Length > 1 ? args[1] : string.Empty;
        switch (action)
        {
            case "maak" or "create":
                return Create(keys, args, output, error);
            case "lijst" or "list":
                foreach (var key in keys.List())
                {
                    output.WriteLine($"{key.Id}\t{key.Role}\t{key.Scope ?? "-"}\t{DisplayName.Printable(key.Name)}\taangemaakt {key.CreatedAt}\tverloopt {key.ExpiresAt?.ToString() ?? "-"}\t{(key.RevokedAt is { } at ? "ingetrokken " + at : "geldig")}");
                }

                return 0;
            case "trek-in" or "revoke" when args.Length > 2:
                if (keys.Revoke(args[2]))
                {
                    output.WriteLine($"Sleutel {args[2]} is ingetrokken.");
                    return 0;
                }

                error.WriteLine($"Geen geldige sleutel met id {args[2]}.");
                return 1;
            default:
                error.WriteLine(Usage);
                return 2;
        }
    }

    private static int Create(ApiKeyStore keys, string[] args, TextWriter output, TextWriter error)
    {
        string? Option(string name)
        {
            var at = Array.IndexOf(args, "--" + name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        Instant? expires = null;
        if (Option("verloopt") is { } text)
        {
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                error.WriteLine("--verloopt is een datum jjjj-mm-dd.");
                return 2;
            }

            expires = parsed.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        }

        try
        {
            var (record, key) = keys.Create(Option("naam") ?? string.Empty, Option("rol") ?? string.Empty, Option("scope"), expires);
            error.WriteLine($"Sleutel {record.Id} ({record.Role}{(record.Scope is null ? string.Empty : " " + record.Scope)}) gemaakt; hij wordt alleen nu getoond:");
            output.WriteLine(key);
            return 0;
        }
        catch (ArgumentException e)
        {
            error.WriteLine(e.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
            error.WriteLine(Usage);
            return 2;
        }
    }
}
