"""The places an import puts households in: grids, compounds, buildings, units and rooms,
reused by name, created (as bulk rows) when missing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Area, Building, Compound, Room, Unit
from gridapp.domain import address as addr
from gridapp.importer import target
from gridapp.importer.bulk import Ids, insert, random_uuid
from gridapp.services import numbering, places
from gridapp.services.common import ServiceError

PLACE_RANGE = "ids"  # change-log field of an import's "places created" entry (for undo)


class PlaceBook:
    """Grids, compounds, buildings, units and rooms: reused by name, created when missing."""

    def __init__(
        self,
        session: Session,
        ids: Ids,
        stamp: dt.datetime,
        numbers: numbering.HouseholdNumbers,
    ) -> None:
        self.session = session
        self.numbers = numbers
        self.ids = ids
        self.stamp = stamp
        self.stamp_text = stamp.strftime("%Y-%m-%d %H:%M:%S.%f")
        self.default_grid: int | None = None  # rows without a grid (``target_grid``)
        self.grids: dict[str, int] = {}
        for area in session.execute(
            select(Area.id, Area.name, Area.level).where(Area.deleted_at.is_(None))
            .order_by(Area.id)
        ):  # fmt: skip
            if area.level in vocab.GRID_LEVELS:
                self.grids.setdefault(area.name, area.id)
        self.compounds: dict[str, int] = {}
        for cid, name in session.execute(
            select(Compound.id, Compound.name).where(Compound.deleted_at.is_(None))
        ):
            self.compounds.setdefault(name, cid)
        self.buildings: dict[tuple[int | None, str], tuple[int, int]] = {}
        for b in session.execute(
            select(Building.id, Building.compound_id, Building.name, Building.sort_order).where(
                Building.deleted_at.is_(None)
            )
        ):
            self.buildings.setdefault((b.compound_id, b.name), (b.id, b.sort_order))
        self.units: dict[tuple[int, str], int] = {}
        for u in session.execute(
            select(Unit.id, Unit.building_id, Unit.name).where(Unit.deleted_at.is_(None))
        ):
            self.units.setdefault((u.building_id, u.name), u.id)
        self.rooms: dict[tuple[int, str], int] = {}
        for r in session.execute(
            select(Room.id, Room.unit_id, Room.number).where(Room.deleted_at.is_(None))
        ):
            self.rooms.setdefault((r.unit_id, r.number), r.id)
        self.new: dict[str, list[dict[str, Any]]] = {
            "area": [], "compound": [], "building": [], "unit": [], "room": []
        }  # fmt: skip
        # table → (first id, last id) of the places created: ids are handed out one after the
        # other under the write lock, so the range holds exactly this import's new places.
        self.created: dict[str, tuple[int, int]] = {}

    def _row(self, model: type[Any], **values: Any) -> int:
        new_id = self.ids.take(model)
        first, _ = self.created.get(model.__tablename__, (new_id, new_id))
        self.created[model.__tablename__] = (first, new_id)
        self.new[model.__tablename__].append(
            {"id": new_id, "uuid": random_uuid(), "created_at": self.stamp_text,
             "updated_at": self.stamp_text, "rev": 1, **values}
        )  # fmt: skip
        return new_id

    def grid(self, name: str) -> int:
        if not name:
            if self.default_grid is None:  # checked by ``target_grid`` before anything is written
                raise ServiceError("导入的行没有网格，请选择导入到哪个网格")
            return self.default_grid
        if name in self.grids:
            return self.grids[name]
        return self.new_grid(name, target.first_community(self.session))

    def new_grid(self, name: str, parent: int | None) -> int:
        code = self.numbers.new_area(self.ids.peek(Area), parent, "三级网格")
        new_id = self._row(Area, parent_id=parent, level="三级网格", name=name, code=code,
                           scope="", service_hours="", duty_phone="", sort_order=0)  # fmt: skip
        self.grids[name] = new_id
        return new_id

    def room(self, place: dict[str, str], grid_id: int) -> tuple[int | None, str]:
        """The room of a household (None when the ledger does not say) and its sort key."""
        compound, building = place.get("compound", ""), place.get("building", "")
        unit, room = place.get("unit", ""), place.get("room", "")
        if not building and place.get("address"):
            parsed = addr.parse(place["address"])
            compound = compound or parsed.compound
            building, unit, room = parsed.building, unit or parsed.unit, room or parsed.room
        if not building:
            return None, places.room_sort_key(9999, "", unit, room) if room else ""
        compound_id: int | None = None
        if compound:
            compound_id = self.compounds.get(compound)
            if compound_id is None:
                compound_id = self._row(Compound, area_id=grid_id, name=compound, kind="小区",
                                        management="物业", manager="", manager_phone="",
                                        notes="")  # fmt: skip
                self.compounds[compound] = compound_id
        key = (compound_id, building)
        if key not in self.buildings:
            digits = "".join(ch for ch in building if ch.isdigit())
            order = int(digits) if digits else 0
            new_id = self._row(Building, compound_id=compound_id, grid_id=grid_id, name=building,
                               floors=None, sort_order=order, notes="")  # fmt: skip
            self.buildings[key] = (new_id, order)
        building_id, order = self.buildings[key]
        sort_key = places.room_sort_key(order, building, unit, room)
        if not room:
            return None, sort_key
        unit_key = (building_id, unit)
        if unit_key not in self.units:
            self.units[unit_key] = self._row(Unit, building_id=building_id, name=unit)
        unit_id = self.units[unit_key]
        room_key = (unit_id, room)
        if room_key not in self.rooms:
            digits = room if room.isdigit() else ""
            floor = int(digits) // 100 if len(digits) >= 3 else None
            self.rooms[room_key] = self._row(Room, unit_id=unit_id, number=room, floor=floor)
        return self.rooms[room_key], sort_key

    def statements(self) -> list[tuple[str, list[Any]]]:
        """The INSERTs of the places made since the last call."""
        out: list[tuple[str, list[Any]]] = []
        for model in (Area, Compound, Building, Unit, Room):
            rows = self.new[model.__tablename__]
            if rows:
                out.append(insert(model, rows))
                rows.clear()
        return out
