namespace Onderwijsroute.Funding.Api.Http;

/// <summary>A request body as <see cref="CheckedBody"/> read and calculated it: the result, or the problem to answer.</summary>
/// <typeparam name="TBody">The request body type.</typeparam>
/// <typeparam name="TResult">The domain's result type.</typeparam>
/// <param name="Body">The body as read, when it could be.</param>
/// <param name="Text">The body exactly as received, for the record.</param>
/// <param name="Result">The result, when the input was accepted.</param>
/// <param name="Problem">The problem, when it was not.</param>
internal sealed record CheckedBody<TBody, TResult>(TBody? Body, string Text, TResult? Result, BodyProblem? Problem)
    where TBody : class;
