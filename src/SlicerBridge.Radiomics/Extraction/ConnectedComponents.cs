using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>Counts face-connected (6-neighbour) regions, as SimpleITK's ConnectedComponent does by default.</summary>
internal static class ConnectedComponents
{
    public static int Count(byte[] mask, Size3 size)
    {
        var seen = new bool[mask.Length];
        var stack = new Stack<int>();
        var count = 0;
        var strideY = size.X;
        var strideZ = size.X * size.Y;
        for (var start = 0; start < mask.Length; start++)
        {
            if (mask[start] == 0 || seen[start])
            {
                continue;
            }

            count++;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var i = stack.Pop();
                var x = i % size.X;
                var y = i / strideY % size.Y;
                var z = i / strideZ;
                Visit(x > 0, i - 1);
                Visit(x < size.X - 1, i + 1);
                Visit(y > 0, i - strideY);
                Visit(y < size.Y - 1, i + strideY);
                Visit(z > 0, i - strideZ);
                Visit(z < size.Z - 1, i + strideZ);
            }
        }

        return count;

        void Visit(bool inside, int j)
        {
            if (inside && mask[j] != 0 && !seen[j])
            {
                seen[j] = true;
                stack.Push(j);
            }
        }
    }
}
