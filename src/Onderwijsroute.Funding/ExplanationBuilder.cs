namespace Onderwijsroute.Funding;

/// <summary>Collects the parts of an <see cref="Explanation"/> while a calculation runs.</summary>
internal sealed class ExplanationBuilder(ParameterCatalogue catalogue)
{
    // A forecast makes about a hundred builders, most of them with a handful of entries, so every list is made on first
    // use and "seen already?" is a scan until a list grows past SetThreshold; only then a set answers it (a forecast's
    // general explanation includes the same parameters and notes once per gemeente and year). The lists keep the order
    // of first use. Parameters are compared by instance first (the catalogue shares one entry per value and year), and
    // by value only the first time an instance is seen.
    private const int SetThreshold = 16;

    // Build hands the lists themselves to the explanation (read-only to its readers) instead of copying them; a builder
    // that is added to after a Build first takes copies, so an explanation never changes once built.
    private bool _handedOff;

    private List<ResolvedParameter>? _parameters;
    private HashSet<ResolvedParameter>? _parameterSet;
    private List<ExplainedDate>? _dates;
    private List<ExplainedCount>? _counts;
    private List<string>? _notes;
    private HashSet<string>? _noteSet;

    public ParameterCatalogue Catalogue => catalogue;

    public ParameterValue ForYear(string schemeId, string parameterName, int year)
    {
        var resolved = catalogue.ForYear(schemeId, parameterName, year);
        Use(resolved);
        return resolved.Value;
    }

    public void Use(ResolvedParameter parameter)
    {
        TakeBack();
        var parameters = _parameters ??= [];
        if (_parameterSet is null)
        {
            foreach (var seen in parameters)
            {
                if (ReferenceEquals(seen, parameter))
                {
                    return;
                }
            }

            if (parameters.Contains(parameter))
            {
                return;
            }

            parameters.Add(parameter);
            if (parameters.Count > SetThreshold)
            {
                _parameterSet = new HashSet<ResolvedParameter>(parameters, ReferenceEqualityComparer.Instance);
            }
        }
        else if (_parameterSet.Add(parameter) && !parameters.Contains(parameter))
        {
            parameters.Add(parameter);
        }
    }

    public void Date(string name, LocalDate date)
    {
        TakeBack();
        (_dates ??= []).Add(new ExplainedDate(name, date));
    }

    public void Count(string name, long value) => Count(new ExplainedCount(name, value));

    public void Count(ExplainedCount count)
    {
        TakeBack();
        (_counts ??= []).Add(count);
    }

    public void Note(string note)
    {
        TakeBack();
        (_notes ??= []).Add(note);
        _noteSet?.Add(note);
        MakeNoteSetWhenLong();
    }

    /// <summary>Takes over another result's parameters, dates, counts (names prefixed, e.g. with a gemeente code) and notes.</summary>
    public void Include(Explanation other, string? prefix = null)
    {
        TakeBack();
        foreach (var parameter in other.Parameters)
        {
            Use(parameter);
        }

        foreach (var date in other.Dates)
        {
            if (!(_dates ??= []).Contains(date))
            {
                _dates.Add(date);
            }
        }

        foreach (var count in other.Counts)
        {
            (_counts ??= []).Add(prefix is null ? count : count with { Name = prefix + "." + count.Name });
        }

        foreach (var note in other.Notes)
        {
            var notes = _notes ??= [];
            if (_noteSet is null ? !notes.Contains(note, StringComparer.Ordinal) : _noteSet.Add(note))
            {
                notes.Add(note);
                MakeNoteSetWhenLong();
            }
        }
    }

    public Explanation Build()
    {
        _handedOff = true;
        return new(catalogue.Version, catalogue.Overrides, ReadOnly(_parameters), ReadOnly(_dates), ReadOnly(_counts), ReadOnly(_notes));
    }

    private static IReadOnlyList<T> ReadOnly<T>(List<T>? list) => list is null || list.Count == 0 ? Array.Empty<T>() : list;

    private void TakeBack()
    {
        if (_handedOff)
        {
            _handedOff = false;
            _parameters = _parameters is null ? null : [.. _parameters];
            _dates = _dates is null ? null : [.. _dates];
            _counts = _counts is null ? null : [.. _counts];
            _notes = _notes is null ? null : [.. _notes];
        }
    }

    private void MakeNoteSetWhenLong()
    {
        if (_noteSet is null && _notes!.Count > SetThreshold)
        {
            _noteSet = new HashSet<string>(_notes, StringComparer.Ordinal);
        }
    }
}
