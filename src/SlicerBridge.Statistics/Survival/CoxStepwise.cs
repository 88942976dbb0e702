namespace SlicerBridge.Statistics.Survival;

/// <summary>
/// Stepwise Cox selection by AIC as R's <c>step(fit, direction = "both")</c> without a scope: the
/// start model is the upper scope, so each step may drop a current term or re-add a dropped one;
/// the single change with the lowest AIC is taken (the first listed on ties: no change, then drops
/// in model order, then adds) while it lowers AIC by more than 1e-7.
/// </summary>
public sealed record CoxStepwise(IReadOnlyList<CoxStep> Path, CoxModel Final, IReadOnlyList<string> Selected)
{
    private const double Improvement = 1e-7;

    public static CoxStepwise Select(IReadOnlyList<double> time, IReadOnlyList<int> status, IReadOnlyList<Covariate> covariates, CoxTies ties = CoxTies.Efron)
    {
        ArgumentNullException.ThrowIfNull(covariates);
        if (covariates.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != covariates.Count)
        {
            throw new StatisticsInputException("covariate names must be unique for stepwise selection", nameof(covariates));
        }

        var fits = new Dictionary<string, CoxModel>(StringComparer.Ordinal);
        CoxModel FitTerms(IReadOnlyList<Covariate> terms)
        {
            var key = string.Join("\u0001", terms.Select(c => c.Name));
            if (!fits.TryGetValue(key, out var fit))
            {
                fit = CoxModel.Fit(time, status, terms, ties);
                fits[key] = fit;
            }

            return fit;
        }

        var current = covariates.ToList();
        var model = FitTerms(current);
        var path = new List<CoxStep> { Row("", model, null) };
        while (true)
        {
            var candidates = new List<(string Change, List<Covariate> Terms)>();
            foreach (var term in current)
            {
                candidates.Add(("- " + term.Name, current.Where(c => c != term).ToList()));
            }

            foreach (var term in covariates.Where(c => !current.Contains(c)))
            {
                // R appends an added term at the end of the formula.
                candidates.Add(("+ " + term.Name, [.. current, term]));
            }

            var best = model.Aic;
            (string Change, List<Covariate> Terms, CoxModel Fit)? choice = null;
            foreach (var (change, terms) in candidates)
            {
                var fit = FitTerms(terms);
                if (fit.Aic < best)
                {
                    best = fit.Aic;
                    choice = (change, terms, fit);
                }
            }

            if (choice is null || best >= model.Aic - Improvement)
            {
                break;
            }

            path.Add(Row(choice.Value.Change, choice.Value.Fit, path[^1]));
            current = choice.Value.Terms;
            model = choice.Value.Fit;
        }

        return new CoxStepwise(path, model, current.Select(c => c.Name).ToArray());
    }

    private static CoxStep Row(string change, CoxModel after, CoxStep? previous)
    {
        var residualDf = after.Events - after.Coefficients.Count;
        var deviance = -2 * after.LogLikelihood;
        return previous is null
            ? new CoxStep(change, null, null, residualDf, deviance, after.Aic)
            : new CoxStep(change, residualDf - previous.ResidualDf, Math.Abs(deviance - previous.ResidualDeviance), residualDf, deviance, after.Aic);
    }
}
