using System.Runtime.CompilerServices;

namespace Onderwijsroute.Funding.Settlement;

/// <summary>
/// Places the items of a per-gemeente input list (counts, advances) at the gemeente's position, checking each: an
/// unknown code, a code listed twice and a negative value are input errors naming the item. The accepted path is a
/// few instructions and allocates nothing, as a national settlement runs it for 684 items; the errors are built apart.
/// </summary>
internal static class PerMunicipalityList
{
    /// <summary>
    /// Places a value at its gemeente's position when the gemeente is known and not listed before and the value is
    /// not negative; else leaves everything as it was for <see cref="Refuse"/>.
    /// </summary>
    /// <param name="position">The gemeente's position in the reference data, or −1 when unknown.</param>
    /// <param name="value">The item's value.</param>
    /// <param name="item">The item's position in the list.</param>
    /// <param name="target">One value per gemeente position.</param>
    /// <param name="firstAt">Where each gemeente was first listed, plus one (0: not yet).</param>
    /// <returns>Whether the item was placed.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPlace(int position, long value, int item, Span<long> target, Span<int> firstAt)
    {
        if (position < 0 || value < 0 || firstAt[position] != 0)
        {
            return false;
        }

        target[position] = value;
        firstAt[position] = unchecked(item + 1);
        return true;
    }

    /// <summary>Adds the errors of an item <see cref="TryPlace"/> did not place, and records its listing.</summary>
    /// <param name="referenceData">The gemeenten.</param>
    /// <param name="listField">The list's field, e.g. <c>aantallen</c>.</param>
    /// <param name="valueField">The value's field in an item, e.g. <c>aantal</c>.</param>
    /// <param name="valueName">The value in a Dutch sentence, e.g. <c>Het aantal</c>.</param>
    /// <param name="item">The item's position in the list.</param>
    /// <param name="municipality">The item's gemeente.</param>
    /// <param name="value">The item's value.</param>
    /// <param name="firstAt">Where each gemeente was first listed, plus one (0: not yet).</param>
    /// <param name="errors">Where the errors go.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Refuse(ReferenceDataSet referenceData, string listField, string valueField, string valueName, int item, MunicipalityCode municipality, long value, Span<int> firstAt, InputErrorsBuilder errors)
    {
        var position = referenceData.IndexOf(municipality);
        var listedBefore = position >= 0 && firstAt[position] > 0;
        if (position < 0)
        {
            errors.Add($"{listField}[{item}].gemeenteCode", InputMessages.UnknownMunicipality(municipality.Value, referenceData));
        }
        else if (listedBefore)
        {
            errors.Add($"{listField}[{item}].gemeenteCode", InputMessages.Duplicate(municipality.Value, $"{listField}[{firstAt[position] - 1}]", "elke code"));
        }

        if (value < 0)
        {
            errors.Add($"{listField}[{item}].{valueField}", InputMessages.Negative(valueName));
        }

        // The first listing of a gemeente counts as its listing even when its value is refused.
        if (position >= 0 && !listedBefore)
        {
            firstAt[position] = item + 1;
        }
    }
}
