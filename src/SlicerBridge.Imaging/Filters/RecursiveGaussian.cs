namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// ITK's RecursiveGaussianImageFilter along one line (Deriche's 4th-order IIR approximation, as in
/// itkRecursiveGaussianImageFilter.hxx and itkRecursiveSeparableImageFilter.hxx), with scale
/// normalisation on: the coefficients and the causal/anti-causal passes with their edge-extension
/// start values, in ITK's order of operations.
/// </summary>
internal sealed class RecursiveGaussian
{
    // Deriche's fit of the Gaussian (index 0) and its second derivative (index 2), as ITK stores them.
    private const double A1Zero = 1.3530, B1Zero = 1.8151, A2Zero = -0.3531, B2Zero = 0.0902;
    private const double A1Second = -1.3563, B1Second = 5.2318, A2Second = 0.3446, B2Second = -2.2355;
    private const double W1 = 0.6681, L1 = -1.3932, W2 = 2.0787, L2 = -1.3732;

    private double _n0, _n1, _n2, _n3;
    private double _d1, _d2, _d3, _d4;
    private double _m1, _m2, _m3, _m4;
    private double _bn1, _bn2, _bn3, _bn4;
    private double _bm1, _bm2, _bm3, _bm4;

    private RecursiveGaussian()
    {
    }

    /// <summary>The Gaussian itself (order 0; scale normalisation does not change it).</summary>
    public static RecursiveGaussian Smoothing(double sigma, double spacing)
    {
        var filter = new RecursiveGaussian();
        var sigmad = sigma / spacing;
        var (sd, _, _) = filter.SetDenominator(sigmad);
        var (sn, _, _) = filter.SetNumerator(sigmad, A1Zero, B1Zero, A2Zero, B2Zero);
        var alpha0 = 2 * sn / sd - filter._n0;
        filter.Scale(1.0 / alpha0);
        filter.SetRemaining();
        return filter;
    }

    /// <summary>The second derivative, multiplied by σ² (NormalizeAcrossScale on), per voxel (not per mm).</summary>
    public static RecursiveGaussian SecondDerivative(double sigma, double spacing)
    {
        var filter = new RecursiveGaussian();
        var sigmad = sigma / spacing;
        var (sd, dd, ed) = filter.SetDenominator(sigmad);
        var (sn0, dn0, en0) = filter.SetNumerator(sigmad, A1Zero, B1Zero, A2Zero, B2Zero);
        var (n00, n10, n20, n30) = (filter._n0, filter._n1, filter._n2, filter._n3);
        var (sn2, dn2, en2) = filter.SetNumerator(sigmad, A1Second, B1Second, A2Second, B2Second);
        var (n02, n12, n22, n32) = (filter._n0, filter._n1, filter._n2, filter._n3);

        var beta = -(2 * sn2 - sd * n02) / (2 * sn0 - sd * n00);
        filter._n0 = n02 + beta * n00;
        filter._n1 = n12 + beta * n10;
        filter._n2 = n22 + beta * n20;
        filter._n3 = n32 + beta * n30;
        var sn = sn2 + beta * sn0;
        var dn = dn2 + beta * dn0;
        var en = en2 + beta * en0;
        var alpha2 = en * sd * sd - ed * sn * sd - 2 * dn * dd * sd + 2 * dd * dd * sn;
        alpha2 /= sd * sd * sd;
        filter.Scale(sigma * sigma / alpha2);
        filter.SetRemaining();
        return filter;
    }

    /// <summary>
    /// Filters one line (at least 4 samples) into <paramref name="output"/>; <paramref name="scratch"/>
    /// holds the anti-causal part.
    /// </summary>
    public void Apply(ReadOnlySpan<double> data, Span<double> output, Span<double> scratch)
    {
        var ln = data.Length;
        var first = data[0];
        output[0] = first * _n0 + first * _n1 + first * _n2 + first * _n3;
        output[1] = data[1] * _n0 + first * _n1 + first * _n2 + first * _n3;
        output[2] = data[2] * _n0 + data[1] * _n1 + first * _n2 + first * _n3;
        output[3] = data[3] * _n0 + data[2] * _n1 + data[1] * _n2 + first * _n3;
        output[0] -= first * _bn1 + first * _bn2 + first * _bn3 + first * _bn4;
        output[1] -= output[0] * _d1 + first * _bn2 + first * _bn3 + first * _bn4;
        output[2] -= output[1] * _d1 + output[0] * _d2 + first * _bn3 + first * _bn4;
        output[3] -= output[2] * _d1 + output[1] * _d2 + output[0] * _d3 + first * _bn4;
        for (var i = 4; i < ln; i++)
        {
            output[i] = data[i] * _n0 + data[i - 1] * _n1 + data[i - 2] * _n2 + data[i - 3] * _n3;
            output[i] -= output[i - 1] * _d1 + output[i - 2] * _d2 + output[i - 3] * _d3 + output[i - 4] * _d4;
        }

        var last = data[ln - 1];
        scratch[ln - 1] = last * _m1 + last * _m2 + last * _m3 + last * _m4;
        scratch[ln - 2] = data[ln - 1] * _m1 + last * _m2 + last * _m3 + last * _m4;
        scratch[ln - 3] = data[ln - 2] * _m1 + data[ln - 1] * _m2 + last * _m3 + last * _m4;
        scratch[ln - 4] = data[ln - 3] * _m1 + data[ln - 2] * _m2 + data[ln - 1] * _m3 + last * _m4;
        scratch[ln - 1] -= last * _bm1 + last * _bm2 + last * _bm3 + last * _bm4;
        scratch[ln - 2] -= scratch[ln - 1] * _d1 + last * _bm2 + last * _bm3 + last * _bm4;
        scratch[ln - 3] -= scratch[ln - 2] * _d1 + scratch[ln - 1] * _d2 + last * _bm3 + last * _bm4;
        scratch[ln - 4] -= scratch[ln - 3] * _d1 + scratch[ln - 2] * _d2 + scratch[ln - 1] * _d3 + last * _bm4;
        for (var i = ln - 4; i > 0; i--)
        {
            scratch[i - 1] = data[i] * _m1 + data[i + 1] * _m2 + data[i + 2] * _m3 + data[i + 3] * _m4;
            scratch[i - 1] -= scratch[i] * _d1 + scratch[i + 1] * _d2 + scratch[i + 2] * _d3 + scratch[i + 3] * _d4;
        }

        for (var i = 0; i < ln; i++)
        {
            output[i] += scratch[i];
        }
    }

    private (double Sd, double Dd, double Ed) SetDenominator(double sigmad)
    {
        var cos1 = Math.Cos(W1 / sigmad);
        var cos2 = Math.Cos(W2 / sigmad);
        var exp1 = Math.Exp(L1 / sigmad);
        var exp2 = Math.Exp(L2 / sigmad);
        _d4 = exp1 * exp1 * exp2 * exp2;
        _d3 = -2 * cos1 * exp1 * exp2 * exp2;
        _d3 += -2 * cos2 * exp2 * exp1 * exp1;
        _d2 = 4 * cos2 * cos1 * exp1 * exp2;
        _d2 += exp1 * exp1 + exp2 * exp2;
        _d1 = -2 * (exp2 * cos2 + exp1 * cos1);
        var sd = 1.0 + _d1 + _d2 + _d3 + _d4;
        var dd = _d1 + 2 * _d2 + 3 * _d3 + 4 * _d4;
        var ed = _d1 + 4 * _d2 + 9 * _d3 + 16 * _d4;
        return (sd, dd, ed);
    }

    private (double Sn, double Dn, double En) SetNumerator(double sigmad, double a1, double b1, double a2, double b2)
    {
        var sin1 = Math.Sin(W1 / sigmad);
        var sin2 = Math.Sin(W2 / sigmad);
        var cos1 = Math.Cos(W1 / sigmad);
        var cos2 = Math.Cos(W2 / sigmad);
        var exp1 = Math.Exp(L1 / sigmad);
        var exp2 = Math.Exp(L2 / sigmad);
        _n0 = a1 + a2;
        _n1 = exp2 * (b2 * sin2 - (a2 + 2 * a1) * cos2);
        _n1 += exp1 * (b1 * sin1 - (a1 + 2 * a2) * cos1);
        _n2 = (a1 + a2) * cos2 * cos1;
        _n2 -= b1 * cos2 * sin1 + b2 * cos1 * sin2;
        _n2 *= 2 * exp1 * exp2;
        _n2 += a2 * exp1 * exp1 + a1 * exp2 * exp2;
        _n3 = exp2 * exp1 * exp1 * (b2 * sin2 - a2 * cos2);
        _n3 += exp1 * exp2 * exp2 * (b1 * sin1 - a1 * cos1);
        var sn = _n0 + _n1 + _n2 + _n3;
        var dn = _n1 + 2 * _n2 + 3 * _n3;
        var en = _n1 + 4 * _n2 + 9 * _n3;
        return (sn, dn, en);
    }

    private void Scale(double factor)
    {
        _n0 *= factor;
        _n1 *= factor;
        _n2 *= factor;
        _n3 *= factor;
    }

    /// <summary>ITK's ComputeRemainingCoefficients for a symmetric (even-order) kernel.</summary>
    private void SetRemaining()
    {
        _m1 = _n1 - _d1 * _n0;
        _m2 = _n2 - _d2 * _n0;
        _m3 = _n3 - _d3 * _n0;
        _m4 = -_d4 * _n0;
        var sn = _n0 + _n1 + _n2 + _n3;
        var sm = _m1 + _m2 + _m3 + _m4;
        var sd = 1.0 + _d1 + _d2 + _d3 + _d4;
        _bn1 = _d1 * sn / sd;
        _bn2 = _d2 * sn / sd;
        _bn3 = _d3 * sn / sd;
        _bn4 = _d4 * sn / sd;
        _bm1 = _d1 * sm / sd;
        _bm2 = _d2 * sm / sd;
        _bm3 = _d3 * sm / sd;
        _bm4 = _d4 * sm / sd;
    }
}
