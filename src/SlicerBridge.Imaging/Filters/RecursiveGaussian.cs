using System.Numerics;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// ITK's RecursiveGaussianImageFilter along one line (Deriche's 4th-order IIR approximation, as in
/// itkRecursiveGaussianImageFilter.hxx and itkRecursiveSeparableImageFilter.hxx), with scale
/// normalisation on: the coefficients and the causal/anti-causal passes with their edge-extension
/// start values, in ITK's order of operations.
/// </summary>
internal sealed class RecursiveGaussian : ILineFilter
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
    /// Filters the lines in place (ITK's FilterDataArray per SIMD lane): the causal pass, the anti-causal
    /// pass, then their sum. Lines need at least 4 samples; <paramref name="scratch"/> holds
    /// 2 · length · width vectors.
    /// </summary>
    public void Apply(Span<Vector<double>> lines, int length, int width, Span<Vector<double>> scratch)
    {
        var causal = scratch[..(length * width)];
        var anti = scratch.Slice(length * width, length * width);
        Vector<double> n0 = new(_n0), n1 = new(_n1), n2 = new(_n2), n3 = new(_n3);
        Vector<double> d1 = new(_d1), d2 = new(_d2), d3 = new(_d3), d4 = new(_d4);
        Vector<double> m1 = new(_m1), m2 = new(_m2), m3 = new(_m3), m4 = new(_m4);
        Vector<double> bn1 = new(_bn1), bn2 = new(_bn2), bn3 = new(_bn3), bn4 = new(_bn4);
        Vector<double> bm1 = new(_bm1), bm2 = new(_bm2), bm3 = new(_bm3), bm4 = new(_bm4);
        for (var c = 0; c < width; c++)
        {
            // Edge extension: the signal is taken as constant (its first value) before the line.
            var first = lines[c];
            var x1 = lines[width + c];
            var x2 = lines[2 * width + c];
            var x3 = lines[3 * width + c];
            var o0 = first * n0 + first * n1 + first * n2 + first * n3;
            var o1 = x1 * n0 + first * n1 + first * n2 + first * n3;
            var o2 = x2 * n0 + x1 * n1 + first * n2 + first * n3;
            var o3 = x3 * n0 + x2 * n1 + x1 * n2 + first * n3;
            o0 -= first * bn1 + first * bn2 + first * bn3 + first * bn4;
            o1 -= o0 * d1 + first * bn2 + first * bn3 + first * bn4;
            o2 -= o1 * d1 + o0 * d2 + first * bn3 + first * bn4;
            o3 -= o2 * d1 + o1 * d2 + o0 * d3 + first * bn4;
            causal[c] = o0;
            causal[width + c] = o1;
            causal[2 * width + c] = o2;
            causal[3 * width + c] = o3;
        }

        for (var i = 4; i < length; i++)
        {
            var row = i * width;
            for (var c = 0; c < width; c++)
            {
                var value = lines[row + c] * n0 + lines[row - width + c] * n1 + lines[row - 2 * width + c] * n2 + lines[row - 3 * width + c] * n3;
                value -= causal[row - width + c] * d1 + causal[row - 2 * width + c] * d2 + causal[row - 3 * width + c] * d3 + causal[row - 4 * width + c] * d4;
                causal[row + c] = value;
            }
        }

        var l1 = (length - 1) * width;
        var l2 = (length - 2) * width;
        var l3 = (length - 3) * width;
        var l4 = (length - 4) * width;
        for (var c = 0; c < width; c++)
        {
            // ... and as constant (its last value) after it.
            var last = lines[l1 + c];
            var y2 = lines[l2 + c];
            var y3 = lines[l3 + c];
            var a1 = last * m1 + last * m2 + last * m3 + last * m4;
            var a2 = last * m1 + last * m2 + last * m3 + last * m4;
            var a3 = y2 * m1 + last * m2 + last * m3 + last * m4;
            var a4 = y3 * m1 + y2 * m2 + last * m3 + last * m4;
            a1 -= last * bm1 + last * bm2 + last * bm3 + last * bm4;
            a2 -= a1 * d1 + last * bm2 + last * bm3 + last * bm4;
            a3 -= a2 * d1 + a1 * d2 + last * bm3 + last * bm4;
            a4 -= a3 * d1 + a2 * d2 + a1 * d3 + last * bm4;
            anti[l1 + c] = a1;
            anti[l2 + c] = a2;
            anti[l3 + c] = a3;
            anti[l4 + c] = a4;
        }

        for (var i = length - 4; i > 0; i--)
        {
            var row = (i - 1) * width;
            for (var c = 0; c < width; c++)
            {
                var value = lines[row + width + c] * m1 + lines[row + 2 * width + c] * m2 + lines[row + 3 * width + c] * m3 + lines[row + 4 * width + c] * m4;
                value -= anti[row + width + c] * d1 + anti[row + 2 * width + c] * d2 + anti[row + 3 * width + c] * d3 + anti[row + 4 * width + c] * d4;
                anti[row + c] = value;
            }
        }

        for (var i = 0; i < length * width; i++)
        {
            lines[i] = causal[i] + anti[i];
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
