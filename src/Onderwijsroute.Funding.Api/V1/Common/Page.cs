namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>A page of a list, from the query keys <c>pagina</c> (from 1) and <c>paginaGrootte</c>.</summary>
/// <param name="Number">The 1-based page number.</param>
/// <param name="Size">The page size.</param>
internal readonly record struct Page(int Number, int Size)
{
    /// <summary>The page size of the stored-calculation and scenario lists, at most.</summary>
    public const int MaxListSize = 100;

    /// <summary>How many items come before this page (saturating, so a huge page number is an empty page, not an overflow).</summary>
    public int Offset => (int)Math.Min(int.MaxValue, ((long)Number - 1) * Size);

    /// <summary>The page asked for, or a 400 problem naming each key that is out of range.</summary>
    /// <param name="number">The <c>pagina</c> asked for, default 1.</param>
    /// <param name="size">The <c>paginaGrootte</c> asked for.</param>
    /// <param name="defaultSize">The size when none is asked for.</param>
    /// <param name="maxSize">The largest size allowed.</param>
    public static (Page Page, ValidationProblem? Problem) From(int? number, int? size, int defaultSize, int maxSize)
    {
        var errors = new InputErrorsBuilder();
        if (number is < 1)
        {
            errors.Add("pagina", "De pagina is 1 of hoger.");
        }

        if (size < 1 || size > maxSize)
        {
            errors.Add("paginaGrootte", $"De paginagrootte is 1 tot en met {maxSize}.");
        }

        return (new Page(number ?? 1, size ?? defaultSize), errors.IsEmpty ? null : InputProblems.Of(errors.ToErrors()));
    }
}
