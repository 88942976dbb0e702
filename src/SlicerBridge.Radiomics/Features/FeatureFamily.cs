namespace SlicerBridge.Radiomics.Features;

/// <summary>
/// One PyRadiomics feature class (firstorder, shape, glcm, ...): a name, its features in
/// PyRadiomics' order, and the computation of any subset of them on one <see cref="FeatureInput"/>.
/// </summary>
public abstract class FeatureFamily
{
    /// <summary>The class name as it appears in feature names and parameter files, e.g. <c>glcm</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Every feature the class can compute, deprecated ones included.</summary>
    public abstract IReadOnlyList<FeatureDefinition> Definitions { get; }

    /// <summary>The features computed when a parameter file enables the class without a list.</summary>
    public IEnumerable<string> DefaultFeatureNames => Definitions.Where(d => !d.Deprecated).Select(d => d.Name);

    public bool Defines(string feature) => Definitions.Any(d => d.Name == feature);

    /// <summary>Computes <paramref name="features"/> (names from <see cref="Definitions"/>) in the given order.</summary>
    public abstract double[] Compute(FeatureInput input, IReadOnlyList<string> features);
}

/// <summary>A feature's name and whether PyRadiomics has deprecated it (computed only when asked for by name).</summary>
public sealed record FeatureDefinition(string Name, bool Deprecated = false);

/// <summary>
/// A feature family that first prepares a state (the texture matrix and its coefficients, the mesh, ...)
/// and then evaluates each feature as one named function of that state.
/// </summary>
public abstract class FeatureFamily<TState> : FeatureFamily
{
    private Dictionary<string, Feature<TState>>? _byName;

    public sealed override IReadOnlyList<FeatureDefinition> Definitions =>
        Features.Select(f => new FeatureDefinition(f.Name, f.Deprecated)).ToList();

    /// <summary>The features, each one named function, in PyRadiomics' order.</summary>
    protected abstract IReadOnlyList<Feature<TState>> Features { get; }

    public sealed override double[] Compute(FeatureInput input, IReadOnlyList<string> features)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(features);
        _byName ??= Features.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var evaluators = features.Select(name => _byName.TryGetValue(name, out var feature)
            ? feature
            : throw new ArgumentException($"{Name} has no feature '{name}'", nameof(features))).ToList();

        var state = Prepare(input);
        var values = new double[evaluators.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = evaluators[i].Evaluate(state);
        }

        return values;
    }

    /// <summary>Builds what the features share, once per input.</summary>
    protected abstract TState Prepare(FeatureInput input);
}

/// <summary>One feature: its PyRadiomics name and the function computing it.</summary>
public sealed record Feature<TState>(string Name, Func<TState, double> Evaluate, bool Deprecated = false);
