using System.Collections;

namespace Onderwijsroute.Funding.Settlement;

/// <summary>
/// The lines of a result, made on demand from the columns it keeps (the gemeenten of the reference data and one
/// array per figure): a national result holds three arrays of 342 numbers instead of 342 line objects, and a line is
/// a small value built when it is read.
/// </summary>
/// <typeparam name="TLine">The line type.</typeparam>
/// <param name="count">The number of lines.</param>
/// <param name="lineAt">Makes the line at a position.</param>
internal sealed class LinesByPosition<TLine>(int count, Func<int, TLine> lineAt) : IReadOnlyList<TLine>
{
    public int Count => count;

    public TLine this[int index] => (uint)index < (uint)count ? lineAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<TLine> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return lineAt(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
