using NodaTime;
using Onderwijsroute.Funding.Api.V1.Sources;

namespace Onderwijsroute.Funding.Api.V1.Schemes;

/// <summary>Schemes and their parameters as the contract shows them.</summary>
internal static class SchemeMapping
{
    public static SchemeSummaryResponse ToSummary(SchemeDefinition scheme) =>
        new(scheme.Id, scheme.Name, scheme.Description, scheme.LegalBasis, Coverage(scheme));

    /// <summary>The scheme with every dated value, or only the values in force on <paramref name="asOf"/>.</summary>
    public static SchemeResponse ToResponse(SchemeDefinition scheme, ParameterCatalogue catalogue, LocalDate? asOf) =>
        new(
            scheme.Id,
            scheme.Name,
            scheme.Description,
            scheme.LegalBasis,
            Coverage(scheme),
            catalogue.Version,
            asOf?.ToDateOnly(),
            scheme.Parameters.Select(p => new ParameterResponse(
                p.Name,
                p.Description,
                p.Unit.ToDutch(),
                p.Values
                    .Where(v => asOf is null || v.Covers(asOf.Value))
                    .Select(v => new DatedValueResponse(
                        v.From.ToDateOnly(),
                        v.Until?.ToDateOnly(),
                        ParameterValueJson.Of(v.Value),
                        p.Unit.ToDutch(),
                        v.Status.ToDutch(),
                        v.MainCitation.Source.Id,
                        v.MainCitation.Source.Title,
                        v.MainCitation.Location,
                        CitationResponse.Of(v.Citations),
                        v.Formula,
                        v.Reasoning))
                    .ToArray())).ToArray());

    private static CoverageResponse Coverage(SchemeDefinition scheme) =>
        new(scheme.FirstYear, scheme.LastYear, Enumerable.Range(scheme.FirstYear, scheme.LastYear - scheme.FirstYear + 1).ToArray());
}
