namespace Onderwijsroute.Funding.Schemes.EducationRouteGrant;

/// <summary>The Dutch words of <see cref="YearEndCount"/> and the count in force for a year.</summary>
public static class YearEndCounts
{
    /// <summary>The count of a year without a capped pot settled by count: the default of the parameter file.</summary>
    public const YearEndCount Default = YearEndCount.EducationRouteInPlan;

    /// <summary>The Dutch word.</summary>
    /// <param name="count">The count.</param>
    public static string ToDutch(this YearEndCount count) =>
        count == YearEndCount.RunningTrajectory ? ParameterNames.CountRunningTrajectory : ParameterNames.CountEducationRouteInPlan;

    /// <summary>Parses the Dutch word.</summary>
    /// <param name="text">The word.</param>
    /// <param name="count">The count when the result is <c>true</c>.</param>
    /// <returns>Whether the word is a known count.</returns>
    public static bool TryParse(string? text, out YearEndCount count)
    {
        count = text == ParameterNames.CountRunningTrajectory ? YearEndCount.RunningTrajectory : YearEndCount.EducationRouteInPlan;
        return text is ParameterNames.CountRunningTrajectory or ParameterNames.CountEducationRouteInPlan;
    }

    /// <summary>
    /// The count of the capped SPUK onderwijsroute for a year it covers, or <see cref="Default"/> for any other year
    /// (then nothing is settled by it and the count is only reported).
    /// </summary>
    /// <param name="catalogue">The parameters (with any overrides); <see cref="Problem"/> accepted them.</param>
    /// <param name="year">The year.</param>
    public static YearEndCount ForYear(ParameterCatalogue catalogue, int year)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var scheme = catalogue.FindScheme(SchemeIds.EducationRouteGrant);
        if (scheme is null || !scheme.CoversYear(year) || scheme.FindParameter(ParameterNames.YearEndCount) is null)
        {
            return Default;
        }

        var text = catalogue.ForYear(scheme.Id, ParameterNames.YearEndCount, year).Value.AsText();
        return TryParse(text, out var count) ? count : throw new InvalidOperationException($"'{text}' was checked with the request but is no year-end count.");
    }

    /// <summary>Why the count in force for a year is not a known word (an override can make it so), or <c>null</c>.</summary>
    /// <param name="catalogue">The parameters with any overrides.</param>
    /// <param name="year">The year.</param>
    public static string? Problem(ParameterCatalogue catalogue, int year)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var scheme = catalogue.FindScheme(SchemeIds.EducationRouteGrant);
        if (scheme is null || !scheme.CoversYear(year) || scheme.FindParameter(ParameterNames.YearEndCount) is null)
        {
            return null;
        }

        var text = catalogue.ForYear(scheme.Id, ParameterNames.YearEndCount, year).Value.AsText();
        return TryParse(text, out _)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"'{ParameterNames.YearEndCount}' van '{scheme.Id}' is '{text}' in {year}; mogelijk zijn '{ParameterNames.CountEducationRouteInPlan}' en '{ParameterNames.CountRunningTrajectory}'.");
    }
}
