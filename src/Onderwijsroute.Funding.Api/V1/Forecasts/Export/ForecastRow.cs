namespace Onderwijsroute.Funding.Api.V1.Forecasts.Export;

/// <summary>One figure of a forecast as the exports write it: year, view (<c>soort</c>), item (<c>post</c>) and value.</summary>
/// <param name="Jaar">The year.</param>
/// <param name="Soort">The view: kosten, inkomsten, resultaat, verrekening, kaspositie.</param>
/// <param name="Post">The item within the view.</param>
/// <param name="Waarde">The value (euros, a ratio, a count or a month); <c>null</c> when there is none (no coverage ratio without costs).</param>
internal sealed record ForecastRow(int Jaar, string Soort, string Post, decimal? Waarde);
