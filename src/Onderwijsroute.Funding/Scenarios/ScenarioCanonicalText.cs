using System.Security.Cryptography;
using System.Text;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>The canonical text of a checked scenario and its hash: equal inputs, however written, give equal hashes.</summary>
internal static class ScenarioCanonicalText
{
    public static string Hash(ScenarioDefinition scenario)
    {
        var text = new StringBuilder();
        void Line(params object?[] parts) => text.AppendJoin('\t', parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture))).Append('\n');

        Line("scenario", scenario.Name, scenario.Description, scenario.FirstYear, scenario.LastYear);
        Line("parameters", scenario.Catalogue.Version);
        Line("spreiding", scenario.SpreadMethod);
        Line("deelnemers", string.Join(',', scenario.ParticipantsPerYear));
        Line("sleutel", string.Join(',', scenario.SpreadKey));
        foreach (var counts in scenario.SuppliedCounts)
        {
            Line("aantallen", string.Join(',', counts));
        }

        Line("prijzen", scenario.PriceBaseYear, scenario.PriceIndexation / 1.0000000000000000000000000000m, scenario.DurationMonths, scenario.StartMonth);
        Line("gecontracteerd", string.Join(',', scenario.ContractedPriceCents));
        Line("maatwerk", string.Join(',', scenario.CustomPriceCents));
        Line("niveauverdeling", string.Join(',', scenario.LevelShares));
        Line("budgetpot", scenario.PotCents is null ? "-" : string.Join(',', scenario.PotCents), scenario.PotKey, scenario.PotCount);
        Line("garantie", scenario.LevelGuaranteeCents is null ? "-" : string.Join(',', scenario.LevelGuaranteeCents));
        Line("onzekerheid", scenario.ParticipantsCv / 1.0000000000000000000000000000m, scenario.PriceCv / 1.0000000000000000000000000000m);
        foreach (var a in scenario.Assumptions)
        {
            Line("aanname", a.Name, a.Status, a.Source);
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
