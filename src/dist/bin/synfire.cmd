@echo off
rem The synfire command of a Synfire distribution on Windows (lib\ beside this bin\), as bin/synfire
rem is on Linux and macOS: it finds Java when it starts (JAVA_HOME, else the java on PATH), refuses
rem Java below 17, passes arguments -J<option> before the command to the JVM, and runs the same main
rem class with the same options. Unlike bin/synfire it makes no start-up archive and leaves the JVM's
rem incubator-module warning on stderr.
setlocal EnableExtensions EnableDelayedExpansion

for %%I in ("%~dp0..") do set "SYNFIRE_HOME=%%~fI"

if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
  if not exist "!JAVA!" (
    echo synfire: JAVA_HOME is %JAVA_HOME% but !JAVA! is not a program: set JAVA_HOME to a JDK 17 or later, or unset it to use the java on PATH 1>&2
    exit /b 1
  )
) else (
  set "JAVA="
  for /f "delims=" %%J in ('where java 2^>nul') do if not defined JAVA set "JAVA=%%J"
  if not defined JAVA (
    echo synfire: no Java found: install a JDK 17 or later and put its bin\ on PATH, or set JAVA_HOME to it 1>&2
    exit /b 1
  )
)

rem The JDK's release file names its version without starting a JVM; `java -version` is the fallback.
for %%I in ("!JAVA!\..\..") do set "JDK=%%~fI"
set "VERSION="
if exist "!JDK!\release" (
  for /f "usebackq tokens=1,* delims==" %%A in ("!JDK!\release") do (
    if "%%A"=="JAVA_VERSION" set "VERSION=%%~B"
  )
)
if not defined VERSION (
  rem `call` first, so that cmd keeps the quotes around a path with spaces; the first line reads
  rem `openjdk version "17.0.2" 2022-01-18`, whose third word is the version.
  for /f "tokens=3" %%V in ('call "!JAVA!" -version 2^>^&1') do if not defined VERSION set "VERSION=%%~V"
)
set "MAJOR="
for /f "delims=.-+_ " %%M in ("!VERSION!") do set "MAJOR=%%M"
if not defined MAJOR (
  echo synfire: cannot tell which Java !JAVA! is; Synfire needs Java 17 or later ^(set JAVA_HOME to a JDK 17+^) 1>&2
  exit /b 1
)
if !MAJOR! LSS 17 (
  echo synfire: !JAVA! is Java !VERSION!; Synfire needs Java 17 or later: set JAVA_HOME to a JDK 17+ or put one first on PATH 1>&2
  exit /b 1
)

set "JVM="
:options
set "ARG=%~1"
if "!ARG:~0,2!"=="-J" (
  set JVM=!JVM! "!ARG:~2!"
  shift
  goto options
)
set "ARGS="
:arguments
if "%~1"=="" goto launch
set ARGS=!ARGS! %1
shift
goto arguments

:launch
rem The heap policy of a simulator, as bin/synfire explains: the parallel collector with a young generation of 32 MB;
rem and C2 only for methods ten times as warm as the JVM's default asks, which a short run spends less CPU time on.
"!JAVA!" --add-modules jdk.incubator.vector -XX:+UseParallelGC -XX:MaxNewSize=32m -XX:Tier4InvocationThreshold=50000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 "-Dsynfire.home=!SYNFIRE_HOME!" !JVM! -cp "!SYNFIRE_HOME!\lib\*" org.synfire.cli.Main !ARGS!
exit /b !ERRORLEVEL!
