using System.Globalization;
using Onderwijsroute.Funding.Parameters.Sources;

namespace Onderwijsroute.Funding.Api.V1.Sources;

/// <summary>The handlers of <c>GET /v1/bronnen</c> and <c>GET /v1/bronnen/{id}</c>, the sources register (docs/domain.md §2); routed by the reference table of <see cref="V1Setup"/>.</summary>
internal static class SourcesEndpoints
{
    public static SourceListResponse List(ParameterCatalogue catalogue) =>
        new(catalogue.Version, catalogue.Sources.Sources.Select(s => ToResponse(s, catalogue)).ToArray());

    /// <param name="id">Het id van de bron, bijvoorbeeld stcrt-2022-30604.</param>
    /// <param name="catalogue">The parameters and their register.</param>
    public static IResult Get(string id, ParameterCatalogue catalogue)
    {
        if (!Source.IsWellFormedId(id))
        {
            return DutchProblems.InvalidInput("id", $"'{id}' is geen bron-id: kleine letters, cijfers en '-', bijvoorbeeld stcrt-2022-30604.");
        }

        return catalogue.Sources.Find(id) is { } source
            ? TypedResults.Ok(ToResponse(source, catalogue))
            : DutchProblems.NotFound($"Bron '{id}' bestaat niet; /v1/bronnen noemt alle bronnen.");
    }

    private static SourceResponse ToResponse(Source source, ParameterCatalogue catalogue) =>
        new(
            source.Id,
            source.Title,
            source.Publisher,
            source.Date is { Length: 10 } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            source.Date,
            source.Consulted,
            source.Url,
            source.Kind.ToDutch(),
            source.Passages.Select(p => new PassageResponse(p.Location, p.Text)).ToArray(),
            source.Note,
            catalogue.UsesOf(source.Id)
                .Select(u => new SourceUseResponse(u.SchemeId, u.ParameterName, u.Value.From.ToDateOnly(), u.Value.Until?.ToDateOnly(), u.Value.Status.ToDutch(), u.Citation.Location))
                .ToArray());
}
