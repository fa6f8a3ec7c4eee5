namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Reads a request body and checks it in the one validation layer (docs/domain.md §6): the JSON is read strictly
/// (<see cref="JsonBody"/>); the API's shape rules are checked while the body is read into the domain's request; the
/// domain checks its own rules, and calculates only when nothing was found. Every error is in one 400.
/// </summary>
internal static class CheckedBody
{
    /// <summary>The body, its exact text and the calculated result, or the problem to answer.</summary>
    /// <typeparam name="TBody">The request body type.</typeparam>
    /// <typeparam name="TRequest">The domain's request type.</typeparam>
    /// <typeparam name="TResult">The domain's result type.</typeparam>
    /// <param name="http">The request.</param>
    /// <param name="read">Reads the body into the domain's request, adding every shape error; <c>null</c> when a required part is missing.</param>
    /// <param name="validate">The domain's check alone, for a body with shape errors (it is not calculated).</param>
    /// <param name="calculate">The domain's calculation, which checks the request itself.</param>
    public static async Task<CheckedBody<TBody, TResult>> CalculateAsync<TBody, TRequest, TResult>(
        HttpContext http,
        Func<TBody, InputErrorsBuilder, TRequest?> read,
        Func<TRequest, InputErrors> validate,
        Func<TRequest, Validated<TResult>> calculate)
        where TBody : class
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(http);
        var body = await JsonBody.ReadAsync<TBody>(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (body.Problem is { } problem)
        {
            return new CheckedBody<TBody, TResult>(null, string.Empty, default, new BodyProblem(problem));
        }

        var shape = new InputErrorsBuilder();
        var request = read(body.Value!, shape);
        if (request is not null && shape.IsEmpty)
        {
            var outcome = calculate(request);
            return outcome.IsValid
                ? new CheckedBody<TBody, TResult>(body.Value, body.Text, outcome.Value, null)
                : new CheckedBody<TBody, TResult>(body.Value, body.Text, default, BodyProblem.Of(outcome.Errors));
        }

        if (request is not null)
        {
            shape.AddRange(validate(request));
        }

        return new CheckedBody<TBody, TResult>(body.Value, body.Text, default, BodyProblem.Of(shape.ToErrors()));
    }
}
