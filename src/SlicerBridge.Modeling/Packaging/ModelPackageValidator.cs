using System.Globalization;
using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Modeling.Packaging;

/// <summary>
/// Checks that a package can be scored with and means what it says, beyond its hash: feature names,
/// z-score parameters, the embedded parameter file, nomogram terms, cut-offs and ranges. Every failure is
/// an <see cref="InvalidInputException"/> whose <c>Where</c> is the JSON path of the field, e.g.
/// <c>features[2].sd</c>.
/// </summary>
public static class ModelPackageValidator
{
    public const string RadscoreVariable = "radscore";

    /// <summary>The models whose metrics a package reports, the keys of <c>metrics.train</c> and <c>metrics.validation</c>.</summary>
    public static IReadOnlyList<string> MetricModels { get; } = [RadscoreVariable, "nomogram"];

    /// <summary>ISO 8601 date-times with a zone (<c>Z</c> or an offset), with or without fractional seconds.</summary>
    private static readonly string[] IsoDateTimes =
        ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"];

    /// <summary>Validates <paramref name="package"/> and returns its parsed extraction parameters.</summary>
    public static ExtractionParameters Validate(ModelPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        if (package.Schema != ModelPackage.SchemaName)
        {
            throw new InvalidInputException($"schema must be {ModelPackage.SchemaName} (got '{package.Schema}')", "schema");
        }

        Text(package.Id, "id");
        Text(package.Version, "version");
        Text(package.Created, "created");
        if (!DateTimeOffset.TryParseExact(package.Created, IsoDateTimes, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new InvalidInputException($"created must be an ISO 8601 date-time with a zone, e.g. 2026-01-31T09:00:00Z (got '{package.Created}')", "created");
        }

        Text(package.Software.Name, "software.name");
        Text(package.Software.Version, "software.version");
        Text(package.IntendedUse, "intended_use");
        var parameters = Extraction(package.Extraction);
        Features(package.Features, package.Extraction.Phases, parameters);
        Finite(package.Radscore.Intercept, "radscore.intercept");
        Finite(package.Radscore.Cutoff, "radscore.cutoff");
        NonNegative(package.Radscore.Lambda, "radscore.lambda");
        Text(package.Radscore.LambdaRule, "radscore.lambda_rule");
        Nomogram(package.Nomogram);
        Metrics(package.Metrics, package.Data);
        Ranges(package.TrainingRanges);
        Data(package.Data);
        return parameters;
    }

    private static ExtractionParameters Extraction(ExtractionInfo extraction)
    {
        ExtractionParameters parameters;
        try
        {
            parameters = ParameterFile.Parse(extraction.ParametersYaml);
        }
        catch (InvalidInputException e)
        {
            throw new InvalidInputException(
                $"extraction.parameters_yaml is not a usable PyRadiomics parameter file: {e.Message}" + (e.Where is null ? "" : $" ({e.Where})"),
                "extraction.parameters_yaml", e);
        }

        if (extraction.Phases.Count == 0)
        {
            throw new InvalidInputException("extraction.phases is empty", "extraction.phases");
        }

        for (var i = 0; i < extraction.Phases.Count; i++)
        {
            var phase = extraction.Phases[i];
            if (!TwoPhaseFeatureName.Phases.Contains(phase, StringComparer.Ordinal) || extraction.Phases.Take(i).Contains(phase, StringComparer.Ordinal))
            {
                throw new InvalidInputException(
                    $"extraction.phases[{i}] must be a distinct phase out of {string.Join(", ", TwoPhaseFeatureName.Phases)} (got '{phase}')", $"extraction.phases[{i}]");
            }
        }

        return parameters;
    }

    private static void Features(IReadOnlyList<SelectedFeature> features, IReadOnlyList<string> phases, ExtractionParameters parameters)
    {
        if (features.Count == 0)
        {
            throw new InvalidInputException("features is empty: a radiomics score needs at least one feature", "features");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < features.Count; i++)
        {
            var feature = features[i];
            var at = $"features[{i}]";
            TwoPhaseFeatureName name;
            try
            {
                name = TwoPhaseFeatureName.Parse(feature.Name, $"{at}.name");
            }
            catch (InvalidInputException e)
            {
                throw new InvalidInputException($"{at}.name: {e.Message}", e.Where, e);
            }

            if (!seen.Add(feature.Name))
            {
                throw new InvalidInputException($"{at}.name: feature '{feature.Name}' is listed twice", $"{at}.name");
            }

            if (!phases.Contains(name.Phase, StringComparer.Ordinal))
            {
                throw new InvalidInputException(
                    $"{at}.name: phase '{name.Phase}' of '{feature.Name}' is not in extraction.phases", $"{at}.name");
            }

            if (!parameters.ImageTypes.Any(t => t.Name == name.ImageTypeKey))
            {
                throw new InvalidInputException(
                    $"{at}.name: '{feature.Name}' needs image type {name.ImageTypeKey}, which the embedded parameter file does not enable", $"{at}.name");
            }

            if (!parameters.FeatureClasses.Any(c => c.Name == name.Feature.FeatureClass && c.Features.Contains(name.Feature.Feature, StringComparer.Ordinal)))
            {
                throw new InvalidInputException(
                    $"{at}.name: '{feature.Name}' is not enabled by the embedded parameter file's featureClass", $"{at}.name");
            }

            Finite(feature.Mean, $"{at}.mean");
            Finite(feature.Sd, $"{at}.sd");
            if (feature.Sd <= 0)
            {
                throw new InvalidInputException($"{at}.sd must be > 0 (got {feature.Sd:R})", $"{at}.sd");
            }

            Finite(feature.Coefficient, $"{at}.coefficient");
            Finite(feature.TrainingMin, $"{at}.training_min");
            Finite(feature.TrainingMax, $"{at}.training_max");
            Ordered(feature.TrainingMin, feature.TrainingMax, $"{at}.training_min", $"{at}.training_max");
        }
    }

    private static void Nomogram(NomogramModel nomogram)
    {
        Finite(nomogram.Intercept, "nomogram.intercept");
        Finite(nomogram.Cutoff, "nomogram.cutoff");
        if (nomogram.Terms.Count == 0)
        {
            throw new InvalidInputException("nomogram.terms is empty", "nomogram.terms");
        }

        for (var i = 0; i < nomogram.Terms.Count; i++)
        {
            var term = nomogram.Terms[i];
            var at = $"nomogram.terms[{i}]";
            Text(term.Name, $"{at}.name");
            if (nomogram.Terms.Take(i).Any(t => t.Name == term.Name))
            {
                throw new InvalidInputException($"{at}.name: term '{term.Name}' is listed twice", $"{at}.name");
            }

            if (term.Variable != RadscoreVariable && ClinicalVariables.Find(term.Variable) is null)
            {
                throw new InvalidInputException(
                    $"{at}.variable must be {RadscoreVariable} or a known clinical variable ({string.Join(", ", ClinicalVariables.All.Select(v => v.Name))}); got '{term.Variable}'",
                    $"{at}.variable");
            }

            if (term.Threshold is { } threshold)
            {
                Finite(threshold, $"{at}.threshold");
            }

            Finite(term.Coefficient, $"{at}.coefficient");
        }
    }

    private static void Metrics(ModelMetrics metrics, TrainingData data)
    {
        Sets(metrics.Train, "metrics.train");
        if (metrics.Validation is null != (data.NValidation == 0))
        {
            throw new InvalidInputException(
                $"metrics.validation must be given exactly when data.n_validation > 0 (n_validation is {data.NValidation})", "metrics.validation");
        }

        if (metrics.Validation is not null)
        {
            Sets(metrics.Validation, "metrics.validation");
        }

        if (metrics.DeLongPValidation is { } p)
        {
            Proportion(p, "metrics.delong_p_validation");
        }
    }

    private static void Sets(IReadOnlyDictionary<string, SetMetrics> sets, string at)
    {
        if (sets.Count != MetricModels.Count || !MetricModels.All(sets.ContainsKey))
        {
            throw new InvalidInputException(
                $"{at} must hold exactly {string.Join(" and ", MetricModels)} (has: {(sets.Count == 0 ? "nothing" : string.Join(", ", sets.Keys))})", at);
        }

        foreach (var (model, m) in sets)
        {
            var where = $"{at}.{model}";
            if (m.N < 0)
            {
                throw new InvalidInputException($"{where}.n must be >= 0 (got {m.N})", $"{where}.n");
            }

            // R reports NaN for a metric with an empty denominator (e.g. PPV with no positive calls): allowed.
            Proportion(m.Auc, $"{where}.auc");
            Proportion(m.AucCiLow, $"{where}.auc_ci_low");
            Proportion(m.AucCiHigh, $"{where}.auc_ci_high");
            Proportion(m.Sensitivity, $"{where}.sensitivity");
            Proportion(m.Specificity, $"{where}.specificity");
            Proportion(m.Ppv, $"{where}.ppv");
            Proportion(m.Npv, $"{where}.npv");
        }
    }

    private static void Ranges(TrainingRanges ranges)
    {
        Spacing(ranges.SpacingMinMm, "training_ranges.spacing_min_mm");
        Spacing(ranges.SpacingMaxMm, "training_ranges.spacing_max_mm");
        for (var axis = 0; axis < 3; axis++)
        {
            Ordered(ranges.SpacingMinMm[axis], ranges.SpacingMaxMm[axis],
                $"training_ranges.spacing_min_mm[{axis}]", $"training_ranges.spacing_max_mm[{axis}]");
        }

        NonNegative(ranges.VoiMlMin, "training_ranges.voi_ml_min");
        NonNegative(ranges.VoiMlMax, "training_ranges.voi_ml_max");
        Ordered(ranges.VoiMlMin, ranges.VoiMlMax, "training_ranges.voi_ml_min", "training_ranges.voi_ml_max");
    }

    private static void Spacing(IReadOnlyList<double> spacing, string at)
    {
        if (spacing.Count != 3)
        {
            throw new InvalidInputException($"{at} must hold 3 values (x, y, z), got {spacing.Count}", at);
        }

        for (var axis = 0; axis < 3; axis++)
        {
            Finite(spacing[axis], $"{at}[{axis}]");
            if (spacing[axis] <= 0)
            {
                throw new InvalidInputException($"{at}[{axis}] must be > 0 (got {spacing[axis]:R})", $"{at}[{axis}]");
            }
        }
    }

    private static void Data(TrainingData data)
    {
        if (data.ManifestSha256.Length != 64 || !data.ManifestSha256.All(char.IsAsciiHexDigitLower))
        {
            throw new InvalidInputException("data.manifest_sha256 must be 64 lower-case hex digits", "data.manifest_sha256");
        }

        if (data.NTrain <= 0)
        {
            throw new InvalidInputException($"data.n_train must be > 0 (got {data.NTrain})", "data.n_train");
        }

        if (data.NValidation < 0)
        {
            throw new InvalidInputException($"data.n_validation must be >= 0 (got {data.NValidation})", "data.n_validation");
        }

        if (data.NPositiveTrain < 0 || data.NPositiveTrain > data.NTrain)
        {
            throw new InvalidInputException(
                $"data.n_positive_train must be from 0 to n_train = {data.NTrain} (got {data.NPositiveTrain})", "data.n_positive_train");
        }

        Text(data.Description, "data.description");
    }

    private static void Text(string value, string at)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidInputException($"{at} is empty", at);
        }
    }

    private static void Finite(double value, string at)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidInputException($"{at} must be a finite number (got {value:R})", at);
        }
    }

    private static void NonNegative(double value, string at)
    {
        Finite(value, at);
        if (value < 0)
        {
            throw new InvalidInputException($"{at} must be >= 0 (got {value:R})", at);
        }
    }

    private static void Proportion(double value, string at)
    {
        if (!double.IsNaN(value) && value is < 0 or > 1)
        {
            throw new InvalidInputException($"{at} must be from 0 to 1 or NaN (got {value:R})", at);
        }
    }

    private static void Ordered(double low, double high, string lowAt, string highAt)
    {
        if (low > high)
        {
            throw new InvalidInputException($"{lowAt} ({low:R}) is greater than {highAt} ({high:R})", lowAt);
        }
    }
}
