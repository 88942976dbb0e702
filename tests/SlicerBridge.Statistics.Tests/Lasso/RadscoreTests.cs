using SlicerBridge.Statistics.Lasso;
using SlicerBridge.Statistics.Screening;
using SlicerBridge.Statistics.Tests.Screening;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Lasso;

public class RadscoreTests
{
    [Theory]
    [InlineData(LassoSolver.CoordinateDescent, 1e-8)]
    [InlineData(LassoSolver.MlNet, 1e-4)]
    public void Radscore_at_lambda_min_and_1se_matches_R_for_training_and_validation(LassoSolver solver, double tolerance)
    {
        var golden = GlmnetGolden.Instance;
        var fit = golden.Fit(solver);
        var cohort = RadiomicsCohort.Instance;
        var normaliser = ZScoreNormaliser.Fit(cohort.Matrix(cohort.Train, golden.Columns));
        var table = Golden.Csv(Golden.GoldenPath("radscore_predictions.csv"));
        var ids = table.Column("id");

        foreach (var rows in new[] { cohort.Train, cohort.Validation })
        {
            var z = normaliser.Transform(cohort.Matrix(rows, golden.Columns));
            var atMin = fit.Path.LinearPredictor(z, fit.LambdaMin);
            var at1se = fit.Path.LinearPredictor(z, fit.Lambda1se);
            for (var i = 0; i < rows.Length; i++)
            {
                var row = Array.IndexOf(ids, cohort.Table.Column("id")[rows[i]]);
                Assert.Equal(table.Numbers("radscore")[row], atMin[i], tolerance);
                Assert.Equal(table.Numbers("radscore_1se")[row], at1se[i], tolerance);
            }
        }
    }
}
