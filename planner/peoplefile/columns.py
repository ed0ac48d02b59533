"""Which field of a person a column holds, from its header, in English and Chinese."""

import re
import unicodedata
from enum import StrEnum


class PersonField(StrEnum):
    """What a column of the file can hold."""

    IGNORE = "ignore"
    FULL_NAME = "full name"
    GIVEN_NAME = "given name"
    FAMILY_NAME = "family name"
    NATIVE_NAME = "native name"
    HONORIFIC = "honorific"
    TITLE = "title"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    ROLE = "delegation role"
    PRECEDENCE = "precedence"
    EMAIL = "e-mail"
    PHONE = "phone"
    DIETARY = "dietary"
    MEDICAL = "medical"
    NOTES = "notes"


# Header words in English and Chinese (traditional and simplified), compared without case,
# spaces or punctuation.
SYNONYMS: dict[PersonField, tuple[str, ...]] = {
    PersonField.FULL_NAME: ("name", "fullname", "englishname", "英文姓名", "英文名", "姓名英文"),
    PersonField.GIVEN_NAME: ("givenname", "firstname", "forename", "givennames", "名"),
    PersonField.FAMILY_NAME: ("familyname", "surname", "lastname", "姓"),
    PersonField.NATIVE_NAME: ("nativename", "姓名", "中文姓名", "中文名", "namenativescript"),
    PersonField.HONORIFIC: ("honorific", "salutation", "formofaddress", "稱謂", "称谓", "尊稱"),
    PersonField.TITLE: (
        "title",
        "position",
        "post",
        "jobtitle",
        "designation",
        "職稱",
        "职称",
        "職務",
        "职务",
        "職銜",
        "职位",
    ),
    PersonField.ORGANIZATION: (
        "organization",
        "organisation",
        "agency",
        "ministry",
        "department",
        "單位",
        "单位",
        "機關",
        "机关",
        "服務機關",
    ),
    PersonField.COUNTRY: ("country", "nationality", "國籍", "国籍", "國家", "国家"),
    PersonField.ROLE: ("role", "delegationrole", "身分", "身份", "角色"),
    PersonField.PRECEDENCE: (
        "precedence",
        "order",
        "no",
        "number",
        "rank",
        "序號",
        "序号",
        "順序",
        "顺序",
        "編號",
        "编号",
    ),
    PersonField.EMAIL: ("email", "emailaddress", "mail", "電子郵件", "电子邮件", "電郵"),
    PersonField.PHONE: (
        "phone",
        "telephone",
        "mobile",
        "tel",
        "cell",
        "電話",
        "电话",
        "手機",
        "手机",
    ),
    PersonField.DIETARY: (
        "dietary",
        "diet",
        "dietaryrequirements",
        "dietaryneeds",
        "飲食",
        "饮食",
        "飲食需求",
        "飲食禁忌",
    ),
    PersonField.MEDICAL: ("medical", "medicalneeds", "health", "醫療", "医疗"),
    PersonField.NOTES: ("notes", "remarks", "comments", "備註", "备注", "說明"),
}


def header_key(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s\-_.:/()（）#*]+", "", folded) or ("no" if "#" in text else "")


POSITION_WORDS = ("position", "post", "jobtitle", "designation", "職稱", "职称", "職務", "职务")


def guess_mapping(headers: tuple[str, ...]) -> tuple[PersonField, ...]:
    """Each column's field, from its header; a field is taken by its first column only.

    Beside a “Position” column, a “Title” column holds forms of address (Mr., H.E.).
    """
    keys = [header_key(h) if h.strip() != "#" else "no" for h in headers]
    has_position = any(key in POSITION_WORDS for key in keys)
    taken: set[PersonField] = set()
    mapping = []
    for key in keys:
        if has_position and key == "title" and PersonField.HONORIFIC not in taken:
            taken.add(PersonField.HONORIFIC)
            mapping.append(PersonField.HONORIFIC)
            continue
        guess = next(
            (
                f
                for f, words in SYNONYMS.items()
                if key in words and f not in taken and not (has_position and key == "title")
            ),
            PersonField.IGNORE,
        )
        if guess is not PersonField.IGNORE:
            taken.add(guess)
        mapping.append(guess)
    return tuple(mapping)


def looks_like_header(row: list[str]) -> bool:
    """A row that names at least two known columns (a title row above it does not)."""
    named = [
        f for f in guess_mapping(tuple(cell.strip() for cell in row)) if f is not PersonField.IGNORE
    ]
    return len(named) >= 2
