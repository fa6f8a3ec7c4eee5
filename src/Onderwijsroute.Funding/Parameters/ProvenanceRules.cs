using Onderwijsroute.Funding.Parameters.Sources;

namespace Onderwijsroute.Funding.Parameters;

/// <summary>
/// What each status asks of a value's sources, formula and reasoning (docs/domain.md §2), in one place for the
/// loader (which reports the line) and <see cref="DatedValue"/> (which refuses to exist otherwise).
/// </summary>
internal static class ProvenanceRules
{
    /// <summary>Why the combination is not acceptable, or <c>null</c> when it is.</summary>
    public static string? Problem(ParameterStatus status, IReadOnlyList<Citation> citations, string? formula, string? reasoning)
    {
        if (citations.Count == 0)
        {
            return "'source' is missing: every value points to a source in the register";
        }

        // A place in a source is cited for what the register quotes from it; a place it quotes nothing from (a text
        // that was not readable, say) would lend the value an authority nobody has checked.
        if (citations.FirstOrDefault(c => c.Location is not null && !c.Source.Passages.Any(p => p.Location == c.Location)) is { } unquoted)
        {
            return $"'{unquoted}' cites a place of which the register quotes no passage; quote it there, or cite the source without the place";
        }

        if (formula is not null && status is not (ParameterStatus.Derived or ParameterStatus.Assumption))
        {
            return $"a 'formula' belongs to an '{ParameterStatusNames.Derived}' value (or an '{ParameterStatusNames.Assumption}' computed under an assumption), not to a '{status.ToDutch()}' one";
        }

        return status switch
        {
            ParameterStatus.Confirmed when !citations.Any(c => c.Source.Kind == SourceKind.Primary && c.Source.Passages.Count > 0) =>
                $"'{ParameterStatusNames.Confirmed}' needs a primary source with a quoted passage; cited: {Names(citations)}",
            ParameterStatus.Secondary when !citations.Any(c => c.Source.Kind is SourceKind.Secondary or SourceKind.ResearchReport && c.Source.Passages.Count > 0) =>
                $"'{ParameterStatusNames.Secondary}' needs a secondary source or the research report with a quoted passage; cited: {Names(citations)}",
            ParameterStatus.Derived when formula is null => $"'{ParameterStatusNames.Derived}' needs its 'formula'",
            ParameterStatus.Assumption when reasoning is null => $"'{ParameterStatusNames.Assumption}' needs its 'reasoning'",
            _ => null,
        };
    }

    private static string Names(IReadOnlyList<Citation> citations) =>
        string.Join(", ", citations.Select(c => $"{c.Source.Id} ({c.Source.Kind.ToDutch()})"));
}
