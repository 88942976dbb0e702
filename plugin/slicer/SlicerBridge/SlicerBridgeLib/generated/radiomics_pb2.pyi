from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor
PIXEL_TYPE_FLOAT32: PixelType
PIXEL_TYPE_FLOAT64: PixelType
PIXEL_TYPE_INT16: PixelType
PIXEL_TYPE_INT32: PixelType
PIXEL_TYPE_INT8: PixelType
PIXEL_TYPE_UINT16: PixelType
PIXEL_TYPE_UINT32: PixelType
PIXEL_TYPE_UINT8: PixelType
PIXEL_TYPE_UNSPECIFIED: PixelType
RISK_GROUP_HIGH: RiskGroup
RISK_GROUP_LOW: RiskGroup
RISK_GROUP_UNSPECIFIED: RiskGroup
VOLUME_PART_ARTERIAL_IMAGE: VolumePart
VOLUME_PART_ARTERIAL_MASK: VolumePart
VOLUME_PART_UNSPECIFIED: VolumePart
VOLUME_PART_VENOUS_IMAGE: VolumePart
VOLUME_PART_VENOUS_MASK: VolumePart

class Driver(_message.Message):
    __slots__ = ["coefficient", "contribution", "mean", "name", "sd", "training_max", "training_min", "value", "z"]
    COEFFICIENT_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTION_FIELD_NUMBER: _ClassVar[int]
    MEAN_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SD_FIELD_NUMBER: _ClassVar[int]
    TRAINING_MAX_FIELD_NUMBER: _ClassVar[int]
    TRAINING_MIN_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    Z_FIELD_NUMBER: _ClassVar[int]
    coefficient: float
    contribution: float
    mean: float
    name: str
    sd: float
    training_max: float
    training_min: float
    value: float
    z: float
    def __init__(self, name: _Optional[str] = ..., value: _Optional[float] = ..., mean: _Optional[float] = ..., sd: _Optional[float] = ..., z: _Optional[float] = ..., coefficient: _Optional[float] = ..., contribution: _Optional[float] = ..., training_min: _Optional[float] = ..., training_max: _Optional[float] = ...) -> None: ...

class ExtractFeaturesRequest(_message.Message):
    __slots__ = ["arterial", "features", "parameters_yaml", "venous"]
    ARTERIAL_FIELD_NUMBER: _ClassVar[int]
    FEATURES_FIELD_NUMBER: _ClassVar[int]
    PARAMETERS_YAML_FIELD_NUMBER: _ClassVar[int]
    VENOUS_FIELD_NUMBER: _ClassVar[int]
    arterial: Phase
    features: _containers.RepeatedScalarFieldContainer[str]
    parameters_yaml: str
    venous: Phase
    def __init__(self, arterial: _Optional[_Union[Phase, _Mapping]] = ..., venous: _Optional[_Union[Phase, _Mapping]] = ..., parameters_yaml: _Optional[str] = ..., features: _Optional[_Iterable[str]] = ...) -> None: ...

class ExtractFeaturesResponse(_message.Message):
    __slots__ = ["diagnostics", "features", "request_id", "server_ms"]
    class DiagnosticsEntry(_message.Message):
        __slots__ = ["key", "value"]
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    DIAGNOSTICS_FIELD_NUMBER: _ClassVar[int]
    FEATURES_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SERVER_MS_FIELD_NUMBER: _ClassVar[int]
    diagnostics: _containers.ScalarMap[str, str]
    features: _containers.RepeatedCompositeFieldContainer[Feature]
    request_id: str
    server_ms: float
    def __init__(self, features: _Optional[_Iterable[_Union[Feature, _Mapping]]] = ..., diagnostics: _Optional[_Mapping[str, str]] = ..., request_id: _Optional[str] = ..., server_ms: _Optional[float] = ...) -> None: ...

class ExtractFeaturesStreamRequest(_message.Message):
    __slots__ = ["chunk", "header"]
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    chunk: VolumeChunk
    header: ExtractFeaturesRequest
    def __init__(self, header: _Optional[_Union[ExtractFeaturesRequest, _Mapping]] = ..., chunk: _Optional[_Union[VolumeChunk, _Mapping]] = ...) -> None: ...

class ExtractFeaturesStreamResponse(_message.Message):
    __slots__ = ["result"]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    result: ExtractFeaturesResponse
    def __init__(self, result: _Optional[_Union[ExtractFeaturesResponse, _Mapping]] = ...) -> None: ...

class Feature(_message.Message):
    __slots__ = ["name", "value"]
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: float
    def __init__(self, name: _Optional[str] = ..., value: _Optional[float] = ...) -> None: ...

class Geometry(_message.Message):
    __slots__ = ["direction", "origin", "size", "spacing"]
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    SPACING_FIELD_NUMBER: _ClassVar[int]
    direction: _containers.RepeatedScalarFieldContainer[float]
    origin: _containers.RepeatedScalarFieldContainer[float]
    size: _containers.RepeatedScalarFieldContainer[int]
    spacing: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, size: _Optional[_Iterable[int]] = ..., spacing: _Optional[_Iterable[float]] = ..., origin: _Optional[_Iterable[float]] = ..., direction: _Optional[_Iterable[float]] = ...) -> None: ...

class GetRiskPanelRequest(_message.Message):
    __slots__ = ["display_label", "format", "score"]
    DISPLAY_LABEL_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    display_label: str
    format: str
    score: ScoreTumourRequest
    def __init__(self, score: _Optional[_Union[ScoreTumourRequest, _Mapping]] = ..., format: _Optional[str] = ..., display_label: _Optional[str] = ...) -> None: ...

class GetRiskPanelResponse(_message.Message):
    __slots__ = ["document", "media_type"]
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    document: bytes
    media_type: str
    def __init__(self, document: _Optional[bytes] = ..., media_type: _Optional[str] = ...) -> None: ...

class Mask(_message.Message):
    __slots__ = ["data", "geometry", "label", "pixel_type"]
    DATA_FIELD_NUMBER: _ClassVar[int]
    GEOMETRY_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    PIXEL_TYPE_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    geometry: Geometry
    label: int
    pixel_type: PixelType
    def __init__(self, geometry: _Optional[_Union[Geometry, _Mapping]] = ..., pixel_type: _Optional[_Union[PixelType, str]] = ..., data: _Optional[bytes] = ..., label: _Optional[int] = ...) -> None: ...

class ModelRef(_message.Message):
    __slots__ = ["id", "intended_use", "sha256", "version"]
    ID_FIELD_NUMBER: _ClassVar[int]
    INTENDED_USE_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    id: str
    intended_use: str
    sha256: str
    version: str
    def __init__(self, id: _Optional[str] = ..., version: _Optional[str] = ..., sha256: _Optional[str] = ..., intended_use: _Optional[str] = ...) -> None: ...

class NomogramScore(_message.Message):
    __slots__ = ["cutoff", "intercept", "linear_predictor", "probability", "risk_group", "terms"]
    CUTOFF_FIELD_NUMBER: _ClassVar[int]
    INTERCEPT_FIELD_NUMBER: _ClassVar[int]
    LINEAR_PREDICTOR_FIELD_NUMBER: _ClassVar[int]
    PROBABILITY_FIELD_NUMBER: _ClassVar[int]
    RISK_GROUP_FIELD_NUMBER: _ClassVar[int]
    TERMS_FIELD_NUMBER: _ClassVar[int]
    cutoff: float
    intercept: float
    linear_predictor: float
    probability: float
    risk_group: RiskGroup
    terms: _containers.RepeatedCompositeFieldContainer[NomogramTermScore]
    def __init__(self, intercept: _Optional[float] = ..., terms: _Optional[_Iterable[_Union[NomogramTermScore, _Mapping]]] = ..., linear_predictor: _Optional[float] = ..., probability: _Optional[float] = ..., cutoff: _Optional[float] = ..., risk_group: _Optional[_Union[RiskGroup, str]] = ...) -> None: ...

class NomogramTermScore(_message.Message):
    __slots__ = ["coefficient", "contribution", "input", "name", "threshold", "value", "variable"]
    COEFFICIENT_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTION_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    VARIABLE_FIELD_NUMBER: _ClassVar[int]
    coefficient: float
    contribution: float
    input: float
    name: str
    threshold: float
    value: float
    variable: str
    def __init__(self, name: _Optional[str] = ..., variable: _Optional[str] = ..., threshold: _Optional[float] = ..., input: _Optional[float] = ..., value: _Optional[float] = ..., coefficient: _Optional[float] = ..., contribution: _Optional[float] = ...) -> None: ...

class Phase(_message.Message):
    __slots__ = ["image", "mask"]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    MASK_FIELD_NUMBER: _ClassVar[int]
    image: Volume
    mask: Mask
    def __init__(self, image: _Optional[_Union[Volume, _Mapping]] = ..., mask: _Optional[_Union[Mask, _Mapping]] = ...) -> None: ...

class PhaseVoi(_message.Message):
    __slots__ = ["phase", "spacing_mm", "volume_ml", "voxels"]
    PHASE_FIELD_NUMBER: _ClassVar[int]
    SPACING_MM_FIELD_NUMBER: _ClassVar[int]
    VOLUME_ML_FIELD_NUMBER: _ClassVar[int]
    VOXELS_FIELD_NUMBER: _ClassVar[int]
    phase: str
    spacing_mm: _containers.RepeatedScalarFieldContainer[float]
    volume_ml: float
    voxels: int
    def __init__(self, phase: _Optional[str] = ..., voxels: _Optional[int] = ..., volume_ml: _Optional[float] = ..., spacing_mm: _Optional[_Iterable[float]] = ...) -> None: ...

class Radscore(_message.Message):
    __slots__ = ["cutoff", "risk_group", "value"]
    CUTOFF_FIELD_NUMBER: _ClassVar[int]
    RISK_GROUP_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    cutoff: float
    risk_group: RiskGroup
    value: float
    def __init__(self, value: _Optional[float] = ..., cutoff: _Optional[float] = ..., risk_group: _Optional[_Union[RiskGroup, str]] = ...) -> None: ...

class ScoreFromPacsRequest(_message.Message):
    __slots__ = ["afp_ng_ml", "arterial_seg_uid", "arterial_series_instance_uid", "model_id", "model_version", "pacs", "segment_number", "store_risk_panel", "study_instance_uid", "venous_seg_uid", "venous_series_instance_uid"]
    AFP_NG_ML_FIELD_NUMBER: _ClassVar[int]
    ARTERIAL_SEG_UID_FIELD_NUMBER: _ClassVar[int]
    ARTERIAL_SERIES_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    MODEL_VERSION_FIELD_NUMBER: _ClassVar[int]
    PACS_FIELD_NUMBER: _ClassVar[int]
    SEGMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    STORE_RISK_PANEL_FIELD_NUMBER: _ClassVar[int]
    STUDY_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    VENOUS_SEG_UID_FIELD_NUMBER: _ClassVar[int]
    VENOUS_SERIES_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    afp_ng_ml: float
    arterial_seg_uid: str
    arterial_series_instance_uid: str
    model_id: str
    model_version: str
    pacs: str
    segment_number: int
    store_risk_panel: bool
    study_instance_uid: str
    venous_seg_uid: str
    venous_series_instance_uid: str
    def __init__(self, pacs: _Optional[str] = ..., study_instance_uid: _Optional[str] = ..., arterial_series_instance_uid: _Optional[str] = ..., venous_series_instance_uid: _Optional[str] = ..., arterial_seg_uid: _Optional[str] = ..., venous_seg_uid: _Optional[str] = ..., segment_number: _Optional[int] = ..., afp_ng_ml: _Optional[float] = ..., model_id: _Optional[str] = ..., model_version: _Optional[str] = ..., store_risk_panel: bool = ...) -> None: ...

class ScoreFromPacsResponse(_message.Message):
    __slots__ = ["panel_sop_instance_uid", "report_series_instance_uid", "report_sop_instance_uid", "score"]
    PANEL_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REPORT_SERIES_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REPORT_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    panel_sop_instance_uid: str
    report_series_instance_uid: str
    report_sop_instance_uid: str
    score: ScoreTumourResponse
    def __init__(self, score: _Optional[_Union[ScoreTumourResponse, _Mapping]] = ..., report_series_instance_uid: _Optional[str] = ..., report_sop_instance_uid: _Optional[str] = ..., panel_sop_instance_uid: _Optional[str] = ...) -> None: ...

class ScoreTumourRequest(_message.Message):
    __slots__ = ["afp_ng_ml", "arterial", "model_id", "model_version", "venous"]
    AFP_NG_ML_FIELD_NUMBER: _ClassVar[int]
    ARTERIAL_FIELD_NUMBER: _ClassVar[int]
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    MODEL_VERSION_FIELD_NUMBER: _ClassVar[int]
    VENOUS_FIELD_NUMBER: _ClassVar[int]
    afp_ng_ml: float
    arterial: Phase
    model_id: str
    model_version: str
    venous: Phase
    def __init__(self, arterial: _Optional[_Union[Phase, _Mapping]] = ..., venous: _Optional[_Union[Phase, _Mapping]] = ..., afp_ng_ml: _Optional[float] = ..., model_id: _Optional[str] = ..., model_version: _Optional[str] = ...) -> None: ...

class ScoreTumourResponse(_message.Message):
    __slots__ = ["demonstration", "drivers", "extraction_ms", "model", "nomogram", "notice", "phases", "radscore", "request_id", "server_ms", "warnings"]
    DEMONSTRATION_FIELD_NUMBER: _ClassVar[int]
    DRIVERS_FIELD_NUMBER: _ClassVar[int]
    EXTRACTION_MS_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    NOMOGRAM_FIELD_NUMBER: _ClassVar[int]
    NOTICE_FIELD_NUMBER: _ClassVar[int]
    PHASES_FIELD_NUMBER: _ClassVar[int]
    RADSCORE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SERVER_MS_FIELD_NUMBER: _ClassVar[int]
    WARNINGS_FIELD_NUMBER: _ClassVar[int]
    demonstration: bool
    drivers: _containers.RepeatedCompositeFieldContainer[Driver]
    extraction_ms: float
    model: ModelRef
    nomogram: NomogramScore
    notice: str
    phases: _containers.RepeatedCompositeFieldContainer[PhaseVoi]
    radscore: Radscore
    request_id: str
    server_ms: float
    warnings: _containers.RepeatedCompositeFieldContainer[ScoreWarning]
    def __init__(self, model: _Optional[_Union[ModelRef, _Mapping]] = ..., demonstration: bool = ..., notice: _Optional[str] = ..., radscore: _Optional[_Union[Radscore, _Mapping]] = ..., nomogram: _Optional[_Union[NomogramScore, _Mapping]] = ..., drivers: _Optional[_Iterable[_Union[Driver, _Mapping]]] = ..., warnings: _Optional[_Iterable[_Union[ScoreWarning, _Mapping]]] = ..., phases: _Optional[_Iterable[_Union[PhaseVoi, _Mapping]]] = ..., extraction_ms: _Optional[float] = ..., server_ms: _Optional[float] = ..., request_id: _Optional[str] = ...) -> None: ...

class ScoreTumourStreamRequest(_message.Message):
    __slots__ = ["chunk", "header"]
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    chunk: VolumeChunk
    header: ScoreTumourRequest
    def __init__(self, header: _Optional[_Union[ScoreTumourRequest, _Mapping]] = ..., chunk: _Optional[_Union[VolumeChunk, _Mapping]] = ...) -> None: ...

class ScoreTumourStreamResponse(_message.Message):
    __slots__ = ["result"]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    result: ScoreTumourResponse
    def __init__(self, result: _Optional[_Union[ScoreTumourResponse, _Mapping]] = ...) -> None: ...

class ScoreWarning(_message.Message):
    __slots__ = ["code", "message", "subject"]
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    code: str
    message: str
    subject: str
    def __init__(self, code: _Optional[str] = ..., message: _Optional[str] = ..., subject: _Optional[str] = ...) -> None: ...

class Volume(_message.Message):
    __slots__ = ["data", "geometry", "pixel_type"]
    DATA_FIELD_NUMBER: _ClassVar[int]
    GEOMETRY_FIELD_NUMBER: _ClassVar[int]
    PIXEL_TYPE_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    geometry: Geometry
    pixel_type: PixelType
    def __init__(self, geometry: _Optional[_Union[Geometry, _Mapping]] = ..., pixel_type: _Optional[_Union[PixelType, str]] = ..., data: _Optional[bytes] = ...) -> None: ...

class VolumeChunk(_message.Message):
    __slots__ = ["data", "offset", "part"]
    DATA_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    PART_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    offset: int
    part: VolumePart
    def __init__(self, part: _Optional[_Union[VolumePart, str]] = ..., offset: _Optional[int] = ..., data: _Optional[bytes] = ...) -> None: ...

class PixelType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = []

class VolumePart(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = []

class RiskGroup(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = []
