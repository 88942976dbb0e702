namespace SlicerBridge.Imaging.Tests.Support;

internal static class InvalidInput
{
    /// <summary>
    /// Asserts <paramref name="action"/> fails with a one-line <see cref="InvalidInputException"/> that
    /// names the problem (<paramref name="fragment"/>) and where it is.
    /// </summary>
    public static InvalidInputException Expect(Action action, string fragment, string? where)
    {
        var e = Assert.Throws<InvalidInputException>(action);
        Assert.Contains(fragment, e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', e.Message);
        Assert.Equal(where, e.Where);
        return e;
    }
}
