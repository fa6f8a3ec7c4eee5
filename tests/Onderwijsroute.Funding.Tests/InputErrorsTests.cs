namespace Onderwijsroute.Funding.Tests;

public class InputErrorsTests
{
    [Fact]
    public void Builder_WithoutErrors_GivesTheEmptyList()
    {
        var errors = new InputErrorsBuilder();

        Assert.True(errors.IsEmpty);
        Assert.Same(InputErrors.Empty, errors.ToErrors());
    }

    [Fact]
    public void Builder_KeepsTheOrderFound()
    {
        var errors = new InputErrorsBuilder();
        errors.Add("jaar", "Eerste.");
        errors.Add("aantallen[0].aantal", "Tweede.");

        Assert.Equal(["jaar", "aantallen[0].aantal"], errors.ToErrors().Select(e => e.Path));
    }

    [Fact]
    public void Builder_KeepsAtMostMaxCount_AndSaysItLeftSomeOut()
    {
        var errors = new InputErrorsBuilder();
        for (var i = 0; i <= InputErrors.MaxCount; i++)
        {
            errors.Add($"aantallen[{i}].aantal", "Fout.");
        }

        var list = errors.ToErrors();

        Assert.Equal(InputErrors.MaxCount, list.Count);
        Assert.True(list.IsTruncated);
        Assert.True(InputErrors.Of("a", "b").Concat(list).IsTruncated);
    }

    [Theory]
    [InlineData("", "Fout.")]
    [InlineData("jaar", " ")]
    public void Error_WithoutPathOrMessage_IsRefused(string path, string message)
    {
        Assert.ThrowsAny<ArgumentException>(() => new InputError(path, message));
    }

    [Fact]
    public void Error_IsEqualByPathAndMessage()
    {
        Assert.Equal(new InputError("jaar", "Fout."), new InputError("jaar", "Fout."));
        Assert.NotEqual(new InputError("jaar", "Fout."), new InputError("jaar", "Andere fout."));
    }

    [Fact]
    public void Validated_Refused_HasNoValue()
    {
        var outcome = Validated.Invalid<string>(InputErrors.Of("jaar", "Fout."));

        Assert.False(outcome.IsValid);
        var error = Assert.Throws<InvalidOperationException>(() => outcome.Value);
        Assert.Contains("jaar: Fout.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validated_RefusedWithoutErrors_IsABug()
    {
        Assert.Throws<ArgumentException>(() => Validated.Invalid<string>(InputErrors.Empty));
    }

    [Fact]
    public void Validated_Unless_CalculatesOnlyWithoutErrors()
    {
        var calculated = 0;

        var refused = Validated.Unless(InputErrors.Of("jaar", "Fout."), () => ++calculated);
        var accepted = Validated.Unless(InputErrors.Empty, () => ++calculated);

        Assert.Equal(1, calculated);
        Assert.False(refused.IsValid);
        Assert.Equal(1, accepted.Value);
        Assert.Empty(accepted.Errors);
    }
}
