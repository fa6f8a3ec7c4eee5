namespace Onderwijsroute.Funding;

/// <summary>
/// Input that a calculation cannot accept: an unknown code, a year or peildatum without parameters or figures.
/// It names the input field and carries a Dutch message meant for the person who sent the input.
/// </summary>
public sealed class CalculationInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="field">The input field, as a JSON-style path (e.g. <c>jaar</c>, <c>aantallen[3].gemeenteCode</c>).</param>
    /// <param name="dutchMessage">What is wrong, in Dutch.</param>
    public CalculationInputException(string field, string dutchMessage)
        : base(dutchMessage, field)
    {
        Field = field;
        DutchMessage = dutchMessage;
    }

    /// <summary>What is wrong, in Dutch, without the parameter suffix <see cref="ArgumentException.Message"/> appends.</summary>
    public string DutchMessage { get; }

    /// <summary>The input field that is wrong.</summary>
    public string Field { get; }
}
