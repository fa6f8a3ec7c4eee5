using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>
/// The navigation of a paged list, as the ADR prescribes for plain JSON (its pagination extension: <c>_links</c> only in
/// HAL, otherwise the <c>Link</c> header): a <c>Link</c> header (RFC 8288) with <c>self</c>, <c>first</c>, <c>prev</c>,
/// <c>next</c> and <c>last</c>, each the request's own path and query (filters kept) with its <c>pagina</c> and
/// <c>paginaGrootte</c>; and the ADR's <c>X-Total-Count</c>, <c>X-Pagination-Count</c>, <c>X-Pagination-Page</c> and
/// <c>X-Pagination-Limit</c>. <c>prev</c> is left out on the first page, <c>next</c> on the last.
/// </summary>
internal static class PageLinks
{
    public const string TotalCount = "X-Total-Count";
    public const string PageCount = "X-Pagination-Count";
    public const string PageNumber = "X-Pagination-Page";
    public const string PageLimit = "X-Pagination-Limit";

    /// <summary>The headers of a page of a list of <paramref name="total"/> items.</summary>
    /// <param name="http">The request (its path and query) and the response (its headers).</param>
    /// <param name="page">The page answered.</param>
    /// <param name="total">How many items the whole list has.</param>
    public static void Write(HttpContext http, Page page, long total)
    {
        ArgumentNullException.ThrowIfNull(http);
        var last = page.Last(total);
        var links = new StringBuilder();
        Add(links, http.Request, page.Number, page.Size, "self");
        Add(links, http.Request, 1, page.Size, "first");
        if (page.Number > 1)
        {
            Add(links, http.Request, Math.Min(page.Number - 1, last), page.Size, "prev");
        }

        if (page.Number < last)
        {
            Add(links, http.Request, page.Number + 1, page.Size, "next");
        }

        Add(links, http.Request, last, page.Size, "last");
        var headers = http.Response.Headers;
        headers.Link = links.ToString();
        headers[TotalCount] = total.ToString(CultureInfo.InvariantCulture);
        headers[PageCount] = last.ToString(CultureInfo.InvariantCulture);
        headers[PageNumber] = page.Number.ToString(CultureInfo.InvariantCulture);
        headers[PageLimit] = page.Size.ToString(CultureInfo.InvariantCulture);
    }

    private static void Add(StringBuilder links, HttpRequest request, int number, int size, string relation)
    {
        var query = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            // Query keys match without regard to case (?paginagrootte=2 is read as the page size), so any spelling of
            // the paging keys is replaced, never kept beside the link's own: that would name them twice (a 400).
            if (!key.Equals("pagina", StringComparison.OrdinalIgnoreCase) && !key.Equals("paginaGrootte", StringComparison.OrdinalIgnoreCase))
            {
                query[key] = value;
            }
        }

        query["pagina"] = number.ToString(CultureInfo.InvariantCulture);
        query["paginaGrootte"] = size.ToString(CultureInfo.InvariantCulture);
        var target = QueryHelpers.AddQueryString((request.PathBase + request.Path).ToUriComponent(), query);
        if (links.Length > 0)
        {
            links.Append(", ");
        }

        links.Append('<').Append(target).Append(">; rel=\"").Append(relation).Append('"');
    }
}
