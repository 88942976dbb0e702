namespace SlicerBridge.Statistics.Tests.GroupComparison;

/// <summary>
/// Classic datasets shipped with R (package datasets, R 4.2.2) used to check the group tests against
/// the values R itself prints. The expected numbers in these tests were produced with
/// <c>Rscript</c> 4.2.2 (the goldens' R version) and are quoted with the R call that made them.
/// </summary>
internal static class RDatasets
{
    /// <summary><c>sleep$extra[sleep$group == 1]</c> (Student 1908).</summary>
    public static readonly double[] SleepGroup1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];

    /// <summary><c>sleep$extra[sleep$group == 2]</c>.</summary>
    public static readonly double[] SleepGroup2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

    /// <summary><c>mtcars$mpg</c>.</summary>
    public static readonly double[] MtcarsMpg =
    [
        21.0, 21.0, 22.8, 21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4,
        14.7, 32.4, 30.4, 33.9, 21.5, 15.5, 15.2, 13.3, 19.2, 27.3, 26.0, 30.4, 15.8, 19.7, 15.0, 21.4,
    ];

    /// <summary><c>women$weight</c>.</summary>
    public static readonly double[] WomenWeight = [115, 117, 120, 123, 126, 129, 132, 135, 139, 142, 146, 150, 154, 159, 164];

    /// <summary><c>split(InsectSprays$count, InsectSprays$spray)</c>, sprays A to F.</summary>
    public static readonly double[][] InsectSprays =
    [
        [10, 7, 20, 14, 14, 12, 10, 23, 17, 20, 14, 13],
        [11, 17, 21, 11, 16, 14, 17, 17, 19, 21, 7, 13],
        [0, 1, 7, 2, 3, 1, 2, 1, 3, 0, 1, 4],
        [3, 5, 12, 6, 4, 3, 5, 5, 5, 5, 2, 4],
        [3, 5, 3, 5, 3, 6, 1, 1, 3, 2, 6, 4],
        [11, 9, 15, 22, 15, 16, 13, 10, 26, 26, 24, 13],
    ];
}
