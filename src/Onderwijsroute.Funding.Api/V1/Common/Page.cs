namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>
/// A page of a list, from the query keys <c>pagina</c> (from 1) and <c>paginaGrootte</c> (1 to <see cref="MaxSize"/>,
/// the one maximum of every list; docs/api.md, "Lists").
/// </summary>
/// <param name="Number">The 1-based page number.</param>
/// <param name="Size">The page size.</param>
internal readonly record struct Page(int Number, int Size)
{
    /// <summary>
    /// The largest page of every list. 1.0 allowed 1,000 gemeente lines of a run per page; one maximum for all lists
    /// keeps that request working, and a page of 1,000 summaries is some hundreds of kilobytes.
    /// </summary>
    public const int MaxSize = 1000;

    /// <summary>The page size of a list of stored resources when none is asked for.</summary>
    public const int DefaultSize = 20;

    /// <summary>How many items come before this page (saturating, so a huge page number is an empty page, not an overflow).</summary>
    public int Offset => (int)Math.Min(int.MaxValue, ((long)Number - 1) * Size);

    /// <summary>The number of the last page of <paramref name="total"/> items (1 for an empty list).</summary>
    /// <param name="total">How many items the list has.</param>
    public int Last(long total) => (int)Math.Clamp((total + Size - 1) / Size, 1, int.MaxValue);

    /// <summary>The page asked for, with a 400 error naming each key that is out of range.</summary>
    /// <param name="number">The <c>pagina</c> asked for, default 1.</param>
    /// <param name="size">The <c>paginaGrootte</c> asked for.</param>
    /// <param name="defaultSize">The size when none is asked for.</param>
    /// <param name="errors">Where an error goes.</param>
    public static Page From(int? number, int? size, int defaultSize, InputErrorsBuilder errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (number is < 1)
        {
            errors.Add("pagina", "De pagina is 1 of hoger.");
        }

        if (size is < 1 or > MaxSize)
        {
            errors.Add("paginaGrootte", $"De paginagrootte is 1 tot en met {MaxSize}.");
        }

        return new Page(number ?? 1, size ?? defaultSize);
    }

    /// <summary>The page asked for, or a 400 problem naming each key that is out of range.</summary>
    /// <param name="number">The <c>pagina</c> asked for, default 1.</param>
    /// <param name="size">The <c>paginaGrootte</c> asked for.</param>
    /// <param name="defaultSize">The size when none is asked for.</param>
    public static (Page Page, ValidationProblem? Problem) From(int? number, int? size, int defaultSize = DefaultSize)
    {
        var errors = new InputErrorsBuilder();
        var page = From(number, size, defaultSize, errors);
        return (page, errors.IsEmpty ? null : InputProblems.Of(errors.ToErrors()));
    }
}
