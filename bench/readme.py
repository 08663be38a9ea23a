"""Puts a results table into the README between its markers for that scale, so the README always
shows the latest run: <!-- bench:<scale>:begin --> ... <!-- bench:<scale>:end -->.
Usage: python3 bench/readme.py README.md <scale> bench/results/<date>-<scale>.md"""
import re
import sys

readme_path, scale, results_path = sys.argv[1:4]
with open(results_path, encoding="utf-8") as f:
    results = f.read().strip()
# the README's own heading names the scale: the file's title goes, its sections sit two levels deeper
results = re.sub(r"\A# .*\n+", "", results)
results = re.sub(r"^(#+) ", lambda m: "#" * min(len(m.group(1)) + 2, 6) + " ", results, flags=re.M)
link = results_path[results_path.index("bench/"):]
block = (f"<!-- bench:{scale}:begin -->\n_Written by `bench/run.sh` from [`{link}`]({link})._\n\n{results}\n"
         f"<!-- bench:{scale}:end -->")
with open(readme_path, encoding="utf-8") as f:
    readme = f.read()
pattern = re.compile(rf"<!-- bench:{scale}:begin -->.*?<!-- bench:{scale}:end -->", re.S)
if not pattern.search(readme):
    sys.exit(f"{readme_path} has no <!-- bench:{scale}:begin --> ... <!-- bench:{scale}:end --> markers")
with open(readme_path, "w", encoding="utf-8") as f:
    f.write(pattern.sub(lambda m: block, readme))
print(f"README: {scale} results from {link}")
