"""The gRPC client of the SlicerBridge server, and its errors in plain words."""

from dataclasses import dataclass
from urllib.parse import urlparse

import grpc
import numpy as np

from . import messages
from .generated import models_pb2, models_pb2_grpc
from .generated import radiomics_pb2 as pb
from .generated import radiomics_pb2_grpc

# Unary messages above this go through the streaming RPCs in chunks (the server's limit is larger).
STREAM_ABOVE_BYTES = 16 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024


@dataclass
class PhaseData:
    """One phase ready to send: image and mask as KJI numpy arrays on the same grid, and that grid's LPS geometry."""

    image: np.ndarray
    mask: np.ndarray
    geometry: object  # geometry.Geometry
    label: int = 1

    @property
    def nbytes(self):
        return self.image.nbytes + self.mask.size


class ServerError(Exception):
    """A failed call, with a message a radiologist can act on and the gRPC code for software."""

    def __init__(self, message, code=None, detail=""):
        super().__init__(message)
        self.code = code
        self.detail = detail


def describe(error, url):
    """Plain words for a grpc.RpcError."""
    code = error.code()
    detail = error.details() or ""
    words = {
        grpc.StatusCode.UNAVAILABLE: f"Cannot reach the SlicerBridge server at {url}. Check that it is running and that the address is right.",
        grpc.StatusCode.UNAUTHENTICATED: "The server did not accept the access token. Check the token in Edit > Application Settings > SlicerBridge.",
        grpc.StatusCode.PERMISSION_DENIED: f"This access token is not allowed to do that ({detail}).",
        grpc.StatusCode.INVALID_ARGUMENT: f"The server cannot use this input: {detail}",
        grpc.StatusCode.NOT_FOUND: f"Not found on the server: {detail}",
        grpc.StatusCode.RESOURCE_EXHAUSTED: "The server is busy with other requests. Try again in a moment.",
        grpc.StatusCode.DEADLINE_EXCEEDED: "The server took too long to answer. Try again, or crop the volume of interest more tightly.",
        grpc.StatusCode.CANCELLED: "The request was cancelled.",
        grpc.StatusCode.UNIMPLEMENTED: f"The server cannot do this yet: {detail}",
        grpc.StatusCode.FAILED_PRECONDITION: f"The server is not ready for this: {detail}",
    }.get(code, f"The server failed unexpectedly ({detail}).")
    return ServerError(words, code=code, detail=detail)


class SlicerBridgeClient:
    """Talks to `slicerbridge serve`. url: http://host:port (plain HTTP/2) or https://host:port (TLS)."""

    def __init__(self, url, token="", timeout_s=120.0, root_certificates=None):
        parsed = urlparse(url if "://" in url else "http://" + url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname or not parsed.port:
            raise ValueError(f"server URL must look like http://host:port or https://host:port, not '{url}'")
        self.url = url
        self.timeout_s = timeout_s
        self._metadata = (("authorization", "Bearer " + token),) if token else ()
        target = f"{parsed.hostname}:{parsed.port}"
        options = [("grpc.max_receive_message_length", 64 * 1024 * 1024), ("grpc.max_send_message_length", 64 * 1024 * 1024)]
        if parsed.scheme == "https":
            self._channel = grpc.secure_channel(target, grpc.ssl_channel_credentials(root_certificates), options)
        else:
            self._channel = grpc.insecure_channel(target, options)
        self._radiomics = radiomics_pb2_grpc.RadiomicsStub(self._channel)
        self._models = models_pb2_grpc.ModelsStub(self._channel)

    def close(self):
        self._channel.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def extract(self, phases, parameters_yaml="", features=(), stream=None):
        """Features of {"arterial": PhaseData, "venous": PhaseData} (one or both) as {name: value}.

        stream: None chooses by size; True sends the voxels in chunks (for volumes too large for one message).
        """
        request = pb.ExtractFeaturesRequest(parameters_yaml=parameters_yaml, features=list(features))
        if self._streams(phases, stream):
            self._fill(request, phases, with_data=False)
            reply = self._call(self._radiomics.ExtractFeaturesStream, self._stream(pb.ExtractFeaturesStreamRequest, request, phases)).result
        else:
            self._fill(request, phases, with_data=True)
            reply = self._call(self._radiomics.ExtractFeatures, request)
        return {f.name: f.value for f in reply.features}

    def score(self, phases, afp_ng_ml=None, model_id="", model_version="", stream=None):
        """ScoreTumourResponse for the arterial and venous phases and AFP (ng/mL)."""
        request = pb.ScoreTumourRequest(model_id=model_id, model_version=model_version)
        if afp_ng_ml is not None:
            request.afp_ng_ml = float(afp_ng_ml)
        if self._streams(phases, stream):
            self._fill(request, phases, with_data=False)
            return self._call(self._radiomics.ScoreTumourStream, self._stream(pb.ScoreTumourStreamRequest, request, phases)).result
        self._fill(request, phases, with_data=True)
        return self._call(self._radiomics.ScoreTumour, request)

    def risk_panel(self, phases, afp_ng_ml=None, model_id="", model_version="", format="html", display_label=""):
        """The tumour-board risk panel of the score of these phases: (document bytes, media type)."""
        score = pb.ScoreTumourRequest(model_id=model_id, model_version=model_version)
        if afp_ng_ml is not None:
            score.afp_ng_ml = float(afp_ng_ml)
        self._fill(score, phases, with_data=True)
        reply = self._call(self._radiomics.GetRiskPanel, pb.GetRiskPanelRequest(score=score, format=format, display_label=display_label))
        return reply.document, reply.media_type

    def list_models(self):
        return list(self._call(self._models.ListModels, models_pb2.ListModelsRequest()).models)

    @staticmethod
    def _streams(phases, stream):
        return stream if stream is not None else sum(p.nbytes for p in phases.values()) > STREAM_ABOVE_BYTES

    @staticmethod
    def _fill(request, phases, with_data):
        for name, phase in phases.items():
            getattr(request, name).CopyFrom(messages.phase_message(phase.image, phase.mask, phase.geometry, phase.label, with_data))

    @staticmethod
    def _stream(message_type, header, phases):
        yield message_type(header=header)
        for chunk in messages.chunks({name: (p.image, p.mask) for name, p in phases.items()}, CHUNK_BYTES):
            yield message_type(chunk=chunk)

    def _call(self, method, request):
        try:
            return method(request, timeout=self.timeout_s, metadata=self._metadata)
        except grpc.RpcError as error:
            raise describe(error, self.url) from None
