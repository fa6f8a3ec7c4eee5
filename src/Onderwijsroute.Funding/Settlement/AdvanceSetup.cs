using System.Globalization;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Settlement;

/// <summary>
/// The recipients and advance key that forecasts and scenarios reckon with for the capped schemes whose advances they
/// compute (docs/domain.md §4): the €35M grant and the gemeentefonds share to every gemeente by inhabitants, the €24M
/// to the centrumgemeenten by the inhabitants of their arbeidsmarktregio. An override of either text parameter to
/// something else cannot be computed by them; one rule, so that both say it the same way.
/// </summary>
internal static class AdvanceSetup
{
    /// <summary>The €35M grant (forecasts only: a scenario distributes it by its own key).</summary>
    public static readonly (string SchemeId, string Recipients, string Key) EducationRouteGrant =
        (SchemeIds.EducationRouteGrant, ParameterNames.RecipientsMunicipalities, ParameterNames.KeyInhabitants);

    /// <summary>The gemeentefonds share and the €24M to centrumgemeenten.</summary>
    public static readonly (string SchemeId, string Recipients, string Key)[] FixedGrants =
    [
        (SchemeIds.MunicipalFundAddition, ParameterNames.RecipientsMunicipalities, ParameterNames.KeyInhabitants),
        (SchemeIds.CentralMunicipalityGrant, ParameterNames.RecipientsCentralMunicipalities, ParameterNames.KeyRegionInhabitants),
    ];

    /// <summary>
    /// Why the scheme's advances in <paramref name="year"/> cannot be computed as <paramref name="who"/> reckons with them
    /// (another recipient or key in force), or <c>null</c>.
    /// </summary>
    public static string? Problem(ParameterCatalogue catalogue, (string SchemeId, string Recipients, string Key) expected, int year, string who)
    {
        var recipients = catalogue.ForYear(expected.SchemeId, ParameterNames.Recipients, year).Value.AsText();
        var key = catalogue.ForYear(expected.SchemeId, ParameterNames.AdvanceKey, year).Value.AsText();
        return recipients == expected.Recipients && key == expected.Key
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"Regeling '{expected.SchemeId}', {year}: {who} rekent met '{ParameterNames.Recipients}' = '{expected.Recipients}' en '{ParameterNames.AdvanceKey}' = '{expected.Key}', niet '{recipients}' en '{key}'.");
    }
}
