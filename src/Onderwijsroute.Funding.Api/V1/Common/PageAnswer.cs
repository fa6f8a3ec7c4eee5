namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>
/// Answers one page of a list the store pages (docs/api.md, "Lists"): waits for the store's slice and total, writes the
/// navigation headers (<see cref="PageLinks"/>) and maps the slice to the list's response. The lists of stored results
/// answer through here, so that none of them can leave the headers out or count the total differently.
/// </summary>
internal static class PageAnswer
{
    /// <summary>The 200 with the page, its <c>Link</c> and <c>X-*</c> headers written.</summary>
    /// <typeparam name="TItem">What the store lists.</typeparam>
    /// <typeparam name="TList">The list's response.</typeparam>
    /// <param name="http">The request (its path and query for the links) and the response (its headers).</param>
    /// <param name="page">The page asked for; the store was asked for its offset and size.</param>
    /// <param name="slice">The store's answer: the page's items and how many the whole list has.</param>
    /// <param name="answer">The response of the items and the total.</param>
    public static async Task<Ok<TList>> OfAsync<TItem, TList>(HttpContext http, Page page, Task<(IReadOnlyList<TItem>, long)> slice, Func<IReadOnlyList<TItem>, long, TList> answer)
    {
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(answer);
        var (items, total) = await slice.ConfigureAwait(false);
        PageLinks.Write(http, page, total);
        return TypedResults.Ok(answer(items, total));
    }
}
