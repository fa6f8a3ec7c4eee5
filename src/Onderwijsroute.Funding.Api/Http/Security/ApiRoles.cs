namespace Onderwijsroute.Funding.Api.Http.Security;

/// <summary>The roles of an API key and the authorization policies built on them (docs/api.md, "Toegang").</summary>
internal static class ApiRoles
{
    /// <summary>A gemeente: its own forecasts only (scope: its CBS code).</summary>
    public const string Gemeente = "gemeente";

    /// <summary>A centrumgemeente for its arbeidsmarktregio: the forecasts of the member gemeenten (scope: AM code).</summary>
    public const string Regio = "regio";

    /// <summary>The ministry: scenarios, runs, comparisons, analyses and the lists of stored calculations.</summary>
    public const string Ministerie = "ministerie";

    /// <summary>Key management.</summary>
    public const string Beheer = "beheer";

    /// <summary>Every role.</summary>
    public static readonly IReadOnlyList<string> All = [Gemeente, Regio, Ministerie, Beheer];

    /// <summary>Policy: a gemeente or regio key (the forecast endpoints then check the scope and answer 404 outside it).</summary>
    public const string ForecastsPolicy = "prognoses";

    /// <summary>Policy: a ministerie key.</summary>
    public const string MinistryPolicy = "ministerie";

    /// <summary>Policy: a beheer key.</summary>
    public const string ManagementPolicy = "beheer";

    /// <summary>The claim that holds a key's scope.</summary>
    public const string ScopeClaim = "scope";

    /// <summary>The header that carries the key.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>The authentication scheme.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>The roles a policy lets in, as a 403 and the OpenAPI document name them ("gemeente of regio").</summary>
    /// <param name="policy">The policy.</param>
    public static string RolesOf(string? policy) => policy switch
    {
        ForecastsPolicy => Gemeente + " of " + Regio,
        _ => policy ?? string.Empty,
    };
}
