"""Pipelines and their ordered stages, each with a default win probability."""

from __future__ import annotations

import builtins
from dataclasses import dataclass

import peewee

from app.changes import Changes, Result
from app.clock import Clock
from app.errors import FieldError, NotFoundError, ValidationError
from app.messages import QT_TRANSLATE_NOOP, Said, said
from app.records import new_uid
from app.unit_of_work import WriteOp, Writer, captured
from db.models import Deal, Pipeline, Stage

CHANGED = Changes(pipelines=True)


def _needs_a_name() -> Said:
    return said(QT_TRANSLATE_NOOP("Services", "a pipeline needs a name"))


def _stage_needs_a_name() -> Said:
    return said(QT_TRANSLATE_NOOP("Services", "a stage needs a name"))


def _needs_a_stage() -> Said:
    return said(QT_TRANSLATE_NOOP("Services", "a pipeline needs at least one stage"))

DEFAULT_STAGES: tuple[tuple[str, int], ...] = (
    ("Lead", 10),
    ("Qualified", 25),
    ("Proposal", 50),
    ("Negotiation", 75),
    ("Contract sent", 90),
)


@dataclass(frozen=True)
class StageInfo:
    uid: str
    name: str
    position: int
    probability: int
    pipeline_uid: str


@dataclass(frozen=True)
class PipelineInfo:
    uid: str
    name: str
    stages: tuple[StageInfo, ...]


def _check_probability(probability: int, field: str, errors: list[FieldError]) -> None:
    if not 0 <= probability <= 100:
        errors.append(FieldError(field, said(
            QT_TRANSLATE_NOOP("Services", "a probability is a percentage from 0 to 100, not %1"), probability)))


class PipelineService:
    def __init__(self, writer: Writer, clock: Clock) -> None:
        self._writer = writer
        self._db = writer.database
        self._clock = clock

    def list(self) -> list[PipelineInfo]:
        pipelines = Pipeline.select().where(~Pipeline.archived).order_by(Pipeline.position, Pipeline.id)
        return [self._info(p) for p in pipelines]

    def get(self, uid: str) -> PipelineInfo:
        return self._info(self._pipeline(uid))

    def default(self) -> PipelineInfo:
        """The first pipeline; a standard sales pipeline is made when there is none."""
        existing = self.list()
        if existing:
            return existing[0]
        return self.create("Sales", DEFAULT_STAGES).value

    def create(self, name: str, stages: tuple[tuple[str, int], ...]) -> Result[PipelineInfo]:
        errors: builtins.list[FieldError] = []
        name = " ".join(name.split())
        if not name:
            errors.append(FieldError("name", _needs_a_name()))
        if not stages:
            errors.append(FieldError("stages", _needs_a_stage()))
        for index, (stage_name, probability) in enumerate(stages):
            if not stage_name.strip():
                errors.append(FieldError(f"stages[{index}]", _stage_needs_a_name()))
            _check_probability(probability, f"stages[{index}]", errors)
        if errors:
            raise ValidationError(errors)
        with self._writer.write("New pipeline") as op:
            op.mark(CHANGED)
            position = Pipeline.select().count()
            pipeline = Pipeline.create(uid=new_uid(), name=name, position=position, created_at=self._clock.now())
            for index, (stage_name, probability) in enumerate(stages):
                Stage.create(uid=new_uid(), pipeline=pipeline.id, name=stage_name.strip(), position=index,
                             probability=probability)
        return Result(self._info(pipeline), CHANGED)

    def rename(self, uid: str, name: str) -> Result[PipelineInfo]:
        name = " ".join(name.split())
        if not name:
            raise ValidationError.single("name", _needs_a_name())
        with self._writer.write("Rename pipeline") as op:
            op.mark(CHANGED)
            pipeline = self._pipeline(uid)
            pipeline.name = name
            pipeline.save()
            self._defined(op, pipeline.id)
        return Result(self._info(pipeline), CHANGED | Changes(deals=True))

    def add_stage(self, pipeline_uid: str, name: str, probability: int,
                  position: int | None = None) -> Result[StageInfo]:
        errors: builtins.list[FieldError] = []
        if not name.strip():
            errors.append(FieldError("name", _stage_needs_a_name()))
        _check_probability(probability, "probability", errors)
        if errors:
            raise ValidationError(errors)
        with self._writer.write("Add stage") as op:
            op.mark(CHANGED)
            pipeline = self._pipeline(pipeline_uid)
            stages = list(self._stages(pipeline.id))
            at = len(stages) if position is None else max(0, min(position, len(stages)))
            stage = Stage.create(uid=new_uid(), pipeline=pipeline.id, name=name.strip(), position=at,
                                 probability=probability)
            stages.insert(at, stage)
            self._renumber(stages)
            self._defined(op, pipeline.id)
        return Result(self._stage_info(stage, pipeline.uid), CHANGED | Changes(deals=True))

    @staticmethod
    def validate_stage(*, name: str | None = None, probability: int | None = None) -> None:
        """What a stage's new name or probability alone shows is wrong (no database needed: a form checks
        it as the user types, before anything is written). Raises ValidationError."""
        errors: builtins.list[FieldError] = []
        if name is not None and not name.strip():
            errors.append(FieldError("name", _stage_needs_a_name()))
        if probability is not None:
            _check_probability(probability, "probability", errors)
        if errors:
            raise ValidationError(errors)

    def update_stage(self, stage_uid: str, *, name: str | None = None,
                     probability: int | None = None) -> Result[StageInfo]:
        self.validate_stage(name=name, probability=probability)
        with self._writer.write("Edit stage") as op:
            op.mark(CHANGED)
            stage = self._stage(stage_uid)
            renamed = name is not None and name.strip() != stage.name
            if name is not None:
                stage.name = name.strip()
            if probability is not None:
                stage.probability = probability
            stage.save()
            self._defined(op, stage.pipeline_id, stage.id if renamed else None)
        return Result(self._stage_info(stage), CHANGED | Changes(deals=True))

    def move_stage(self, stage_uid: str, position: int) -> Result[StageInfo]:
        """Put a stage at another place in its pipeline's order."""
        with self._writer.write("Move stage") as op:
            op.mark(CHANGED)
            stage = self._stage(stage_uid)
            stages = [s for s in self._stages(stage.pipeline_id) if s.id != stage.id]
            stages.insert(max(0, min(position, len(stages))), stage)
            self._renumber(stages)
            self._defined(op, stage.pipeline_id)
        return Result(self._stage_info(self._stage(stage_uid)), CHANGED | Changes(deals=True))

    def delete_stage(self, stage_uid: str) -> Result[str]:
        with self._writer.write("Delete stage") as op:
            op.mark(CHANGED)
            stage = self._stage(stage_uid)
            deals = Deal.select().where(Deal.stage == stage.id).count()
            if deals:
                raise ValidationError.single("stage", said(
                    QT_TRANSLATE_NOOP("Services", "stage %1 still has %2 deal(s): move them to another stage first"),
                    repr(stage.name), deals))
            siblings = self._stages(stage.pipeline_id).count()
            if siblings <= 1:
                raise ValidationError.single("stage", _needs_a_stage())
            try:
                stage.delete_instance()
            except peewee.IntegrityError:
                raise ValidationError.single("stage", said(
                    QT_TRANSLATE_NOOP("Services", "stage %1 appears in deals' history and cannot be deleted"),
                    repr(stage.name))) from None
            self._renumber(list(self._stages(stage.pipeline_id)))
            self._defined(op, stage.pipeline_id)  # the office's other laptops take the stage off too
        return Result(stage_uid, CHANGED | Changes(deals=True))

    # --- helpers ------------------------------------------------------------------------------

    def _defined(self, op: WriteOp, pipeline_id: int, renamed_stage: int | None = None) -> None:
        """The pipeline's definition changed here: noted (the newer definition wins on every laptop,
        app/deal_entries.py), and deals that carry it go to the server again: those of a renamed stage (their
        text names it), else the pipeline's latest deal (each deal carries the whole definition: one is
        enough for the office's other laptops to take it)."""
        captured(self._writer, "pipeline", pipeline_id)
        self._db.execute_sql("UPDATE pipeline SET changed_at = ? WHERE id = ?",
                             (op.now.replace(microsecond=0).isoformat(sep=" "), pipeline_id))
        if renamed_stage is not None:
            ids = [int(r[0]) for r in self._db.execute_sql(
                "SELECT id FROM deal WHERE stage_id = ? AND deleted_at IS NULL", (renamed_stage,))]
        else:
            ids = [int(r[0]) for r in self._db.execute_sql(
                "SELECT d.id FROM deal d JOIN stage s ON s.id = d.stage_id WHERE s.pipeline_id = ?"
                " AND d.deleted_at IS NULL ORDER BY d.updated_at DESC, d.id DESC LIMIT 1", (pipeline_id,))]
        if ids:
            op.stamp_ids(self._db, "deal", ids)

    def stage(self, uid: str) -> StageInfo:
        return self._stage_info(self._stage(uid))

    def _pipeline(self, uid: str) -> Pipeline:
        row: Pipeline | None = Pipeline.get_or_none(Pipeline.uid == uid)
        if row is None:
            raise NotFoundError("pipeline", uid)
        captured(self._writer, "pipeline", row.id)
        return row

    def _stage(self, uid: str) -> Stage:
        row: Stage | None = Stage.get_or_none(Stage.uid == uid)
        if row is None:
            raise NotFoundError("stage", uid)
        captured(self._writer, "stage", row.id)
        return row

    @staticmethod
    def _stages(pipeline_id: int) -> peewee.ModelSelect[Stage]:
        return Stage.select().where(Stage.pipeline == pipeline_id).order_by(Stage.position, Stage.id)

    def _renumber(self, stages: builtins.list[Stage]) -> None:
        for stage in stages:
            captured(self._writer, "stage", stage.id)
        for index, stage in enumerate(stages):
            if stage.position != index:
                stage.position = index
                stage.save()

    def _info(self, pipeline: Pipeline) -> PipelineInfo:
        stages = tuple(self._stage_info(s, pipeline.uid) for s in self._stages(pipeline.id))
        return PipelineInfo(pipeline.uid, pipeline.name, stages)

    @staticmethod
    def _stage_info(stage: Stage, pipeline_uid: str | None = None) -> StageInfo:
        if pipeline_uid is None:
            pipeline_uid = Pipeline.get_by_id(stage.pipeline_id).uid
        return StageInfo(stage.uid, stage.name, stage.position, stage.probability, pipeline_uid)
