using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Packaging;

namespace SlicerBridge.Modeling.Scoring;

/// <summary>Evaluates a nomogram: linear predictor, probability and risk group, with each term's part.</summary>
public static class NomogramCalculator
{
    /// <summary>The clinical variables a nomogram needs, in term order.</summary>
    public static IReadOnlyList<string> ClinicalVariablesOf(NomogramModel nomogram)
    {
        ArgumentNullException.ThrowIfNull(nomogram);
        return nomogram.Terms.Select(t => t.Variable)
            .Where(v => v != ModelPackageValidator.RadscoreVariable)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Checks clinical values before anything expensive runs: every value supplied is a known variable in
    /// its range, and every variable the nomogram needs is there.
    /// </summary>
    public static void CheckClinical(NomogramModel nomogram, IReadOnlyDictionary<string, double> clinical)
    {
        ArgumentNullException.ThrowIfNull(nomogram);
        ArgumentNullException.ThrowIfNull(clinical);
        foreach (var (name, value) in clinical)
        {
            ClinicalVariables.CheckValue(name, value);
        }

        foreach (var name in ClinicalVariablesOf(nomogram).Where(n => !clinical.ContainsKey(n)))
        {
            var variable = ClinicalVariables.Find(name)!;
            throw new InvalidInputException($"the nomogram needs {name} ({variable.Description}, {variable.Unit}) and none was given", name);
        }
    }

    /// <param name="nomogram">A validated nomogram.</param>
    /// <param name="radscore">The patient's radscore.</param>
    /// <param name="clinical">Clinical values by variable name; each one the nomogram uses must be present.</param>
    public static NomogramScore Evaluate(NomogramModel nomogram, double radscore, IReadOnlyDictionary<string, double> clinical)
    {
        CheckClinical(nomogram, clinical);
        var terms = new List<NomogramTermScore>(nomogram.Terms.Count);
        var lp = nomogram.Intercept;
        foreach (var term in nomogram.Terms)
        {
            var input = term.Variable == ModelPackageValidator.RadscoreVariable ? radscore : clinical[term.Variable];
            var value = term.Threshold is { } threshold ? (input > threshold ? 1 : 0) : input;
            var contribution = term.Coefficient * value;
            lp += contribution;
            terms.Add(new NomogramTermScore(term.Name, term.Variable, term.Threshold, input, value, term.Coefficient, contribution));
        }

        return new NomogramScore(nomogram.Intercept, terms, lp, Logistic(lp), nomogram.Cutoff, Classify(lp, nomogram.Cutoff));
    }

    /// <summary>Strictly above the cut-off is high risk, as the package format defines.</summary>
    public static RiskGroup Classify(double value, double cutoff) => value > cutoff ? RiskGroup.High : RiskGroup.Low;

    /// <summary>1 / (1 + e^−x), written so neither branch overflows.</summary>
    private static double Logistic(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));
}
