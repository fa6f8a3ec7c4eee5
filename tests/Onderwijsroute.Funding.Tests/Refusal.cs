namespace Onderwijsroute.Funding.Tests;

/// <summary>Reads a refused outcome: the JSON paths its errors name.</summary>
internal static class Refusal
{
    /// <summary>Every path, in order; fails when the input was accepted.</summary>
    public static string[] PathsOf<T>(Validated<T> outcome)
    {
        Assert.False(outcome.IsValid, "The input was accepted, but a refusal was expected.");
        Assert.All(outcome.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        return outcome.Errors.Select(e => e.Path).ToArray();
    }

    /// <summary>The one path; fails when the input was accepted or more than one error was found.</summary>
    public static string PathOf<T>(Validated<T> outcome) => Assert.Single(PathsOf(outcome));
}
